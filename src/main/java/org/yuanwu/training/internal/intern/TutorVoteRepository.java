package org.yuanwu.training.internal.intern;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TutorVoteRepository extends JpaRepository<TutorVote, Long> {

    boolean existsByIntakeIdAndInternId(Long intakeId, Long internId);

    List<TutorVote> findByIntakeId(Long intakeId);
}
