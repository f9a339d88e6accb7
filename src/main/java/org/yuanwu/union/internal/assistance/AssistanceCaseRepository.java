package org.yuanwu.union.internal.assistance;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.yuanwu.union.*;

public interface AssistanceCaseRepository extends JpaRepository<AssistanceCase, Long> {

    List<AssistanceCase> findByUnitIdInOrderByAppliedOnDescIdDesc(Collection<Long> unitIds);

    List<AssistanceCase> findAllByOrderByAppliedOnDescIdDesc();

    List<AssistanceCase> findByMemberIdOrderByAppliedOnDesc(Long memberId);
}
