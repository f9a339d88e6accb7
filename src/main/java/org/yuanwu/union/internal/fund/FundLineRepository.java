package org.yuanwu.union.internal.fund;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FundLineRepository extends JpaRepository<FundLine, Long> {

    List<FundLine> findByEntryIdOrderByIdAsc(Long entryId);

    List<FundLine> findByEntryIdIn(Collection<Long> entryIds);

    /** Debit and credit totals per account for entries posted before a date. */
    @Query("select l.account, sum(l.debitFen), sum(l.creditFen) from FundLine l, FundEntry e "
            + "where e.id = l.entryId and e.postedOn < ?1 group by l.account")
    List<Object[]> totalsBefore(LocalDate before);

    /** Debit and credit totals per account for entries posted in [from, to]. */
    @Query("select l.account, sum(l.debitFen), sum(l.creditFen) from FundLine l, FundEntry e "
            + "where e.id = l.entryId and e.postedOn >= ?1 and e.postedOn <= ?2 group by l.account")
    List<Object[]> totalsBetween(LocalDate from, LocalDate to);

    @Query("select l.account, sum(l.debitFen), sum(l.creditFen) from FundLine l group by l.account")
    List<Object[]> totals();
}
