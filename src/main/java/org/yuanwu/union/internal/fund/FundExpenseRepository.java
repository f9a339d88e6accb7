package org.yuanwu.union.internal.fund;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface FundExpenseRepository extends JpaRepository<FundExpense, Long>, JpaSpecificationExecutor<FundExpense> {

    List<FundExpense> findByEntryId(Long entryId);

    List<FundExpense> findByIdIn(Collection<Long> ids);

    List<FundExpense> findBySourceTypeAndSourceIdOrderByIdAsc(String sourceType, Long sourceId);
}
