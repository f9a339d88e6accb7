package org.yuanwu.training.internal.course;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    List<TrainingSession> findByCourseIdOrderByStartsAtDesc(Long courseId);

    Optional<TrainingSession> findBySignInCode(String signInCode);

    boolean existsBySignInCode(String signInCode);

    @Query("select s.courseId, count(s) from TrainingSession s where s.courseId in ?1 group by s.courseId")
    List<Object[]> countByCourse(Collection<Long> courseIds);

    List<TrainingSession> findByIdInOrderByStartsAtDesc(Collection<Long> ids);
}
