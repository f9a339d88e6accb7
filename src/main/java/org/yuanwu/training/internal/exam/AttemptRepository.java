package org.yuanwu.training.internal.exam;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.yuanwu.training.AttemptStatus;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByExamIdAndStaffIdOrderByAttemptNo(Long examId, Long staffId);

    List<Attempt> findByExamIdOrderByStaffIdAscAttemptNoAsc(Long examId);

    List<Attempt> findByStaffIdOrderByIdDesc(Long staffId);

    List<Attempt> findByExamIdInAndStaffId(Collection<Long> examIds, Long staffId);

    @Query("select a.id from Attempt a where a.status = :status and a.deadline <= :now")
    List<Long> dueIds(AttemptStatus status, Instant now);

    List<Attempt> findByExamIdAndStatus(Long examId, AttemptStatus status);
}
