package org.yuanwu.training.internal.exam;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttemptItemRepository extends JpaRepository<AttemptItem, AttemptItem.Key> {

    List<AttemptItem> findByAttemptIdOrderByPosition(Long attemptId);

    List<AttemptItem> findByAttemptIdInOrderByAttemptIdAscPositionAsc(Collection<Long> attemptIds);

    /** Short answers of submitted attempts of the exams that still wait for a score. */
    @Query("select i from AttemptItem i, Attempt a where a.id = i.attemptId and a.examId in :examIds "
            + "and a.status = org.yuanwu.training.AttemptStatus.SUBMITTED and i.score is null order by a.id, i.position")
    List<AttemptItem> ungraded(Collection<Long> examIds);
}
