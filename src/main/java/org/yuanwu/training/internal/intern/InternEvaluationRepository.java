package org.yuanwu.training.internal.intern;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.training.InternEvaluationDirection;

public interface InternEvaluationRepository extends JpaRepository<InternEvaluation, Long> {

    boolean existsByRotationIdAndDirection(Long rotationId, InternEvaluationDirection direction);

    List<InternEvaluation> findByRotationIdIn(Collection<Long> rotationIds);
}
