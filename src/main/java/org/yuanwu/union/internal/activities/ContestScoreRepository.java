package org.yuanwu.union.internal.activities;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ContestScoreRepository extends JpaRepository<ContestScore, Long>, JpaSpecificationExecutor<ContestScore> {
    List<ContestScore> findByEntrantIdIn(java.util.Collection<Long> entrantIds);
    java.util.Optional<ContestScore> findByEntrantIdAndRoundNoAndJudge(Long entrantId, int roundNo, String judge);
}
