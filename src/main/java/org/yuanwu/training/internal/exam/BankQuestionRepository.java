package org.yuanwu.training.internal.exam;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BankQuestionRepository extends JpaRepository<BankQuestion, Long>, JpaSpecificationExecutor<BankQuestion> {

    /** The latest, not withdrawn questions of the given units: what papers are drawn from. */
    @Query("select q from BankQuestion q where q.latest = true and q.withdrawn = false and q.unitId in :units")
    List<BankQuestion> pickable(Collection<Long> units);

    @Modifying
    @Query("update BankQuestion q set q.used = true where q.id in :ids and q.used = false")
    int markUsed(Collection<Long> ids);
}
