package org.yuanwu.union.internal.assistance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.union.*;

public interface VisitTaskRepository extends JpaRepository<VisitTask, Long> {

    boolean existsByMemberIdAndStatus(Long memberId, VisitStatus status);

    List<VisitTask> findAllByOrderByStatusDescReportedOnDescIdDesc();

    List<VisitTask> findByUnitIdInOrderByStatusDescReportedOnDescIdDesc(Collection<Long> unitIds);
}
