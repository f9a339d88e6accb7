package org.yuanwu.training.internal.intern;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InternExitScoreRepository extends JpaRepository<InternExitScore, Long> {

    List<InternExitScore> findByIntakeIdOrderByInternIdAscKindAscAttemptAsc(Long intakeId);

    List<InternExitScore> findByInternIdOrderByKindAscAttemptAsc(Long internId);
}
