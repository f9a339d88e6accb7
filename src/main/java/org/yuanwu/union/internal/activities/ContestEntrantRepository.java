package org.yuanwu.union.internal.activities;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ContestEntrantRepository extends JpaRepository<ContestEntrant, Long>, JpaSpecificationExecutor<ContestEntrant> {
    List<ContestEntrant> findByContestIdOrderById(Long contestId);
    boolean existsByContestIdAndStaffId(Long contestId, Long staffId);
}
