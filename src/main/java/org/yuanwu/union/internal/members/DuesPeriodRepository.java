package org.yuanwu.union.internal.members;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DuesPeriodRepository extends JpaRepository<DuesPeriod, Long>, JpaSpecificationExecutor<DuesPeriod> {

    boolean existsByMemberIdAndPeriodMonth(Long memberId, String periodMonth);

    List<DuesPeriod> findByEntryId(Long entryId);

    List<DuesPeriod> findByIdIn(Collection<Long> ids);

    List<DuesPeriod> findByMemberIdOrderByPeriodMonthDesc(Long memberId);
}
