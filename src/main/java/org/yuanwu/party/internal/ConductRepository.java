package org.yuanwu.party.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.yuanwu.party.ConductKind;

public interface ConductRepository extends JpaRepository<Conduct, Long>, JpaSpecificationExecutor<Conduct> {

    List<Conduct> findByUnitIdInAndOccurredOnBetweenAndWithdrawReasonIsNull(Collection<Long> unitIds, LocalDate from,
                                                                           LocalDate to);

    long countByUnitIdAndKindAndOccurredOnBetweenAndWithdrawReasonIsNull(Long unitId, ConductKind kind, LocalDate from,
                                                                          LocalDate to);
}
