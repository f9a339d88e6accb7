package org.yuanwu.infection.internal;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IsolationRepository extends JpaRepository<Isolation, Long> {

    @Query("select i from Isolation i where i.unitId in :units and i.diagnosedOn between :from and :to"
            + " and (i.voidedAt is null or :withVoided = true) order by i.diagnosedOn desc, i.id desc")
    Page<Isolation> search(Collection<Long> units, LocalDate from, LocalDate to, boolean withVoided, Pageable pageable);

    @Query("select count(i) > 0 from Isolation i where i.voidedAt is null and i.patientNo = :patientNo"
            + " and i.disease = :disease and i.diagnosedOn = :diagnosedOn and i.id <> :exceptId")
    boolean existsActive(String patientNo, String disease, LocalDate diagnosedOn, long exceptId);

    @Query("select count(i) from Isolation i where i.unitId in :units and i.diagnosedOn between :from and :to"
            + " and i.voidedAt is null and (i.isolated = true or :onlyIsolated = false)")
    long countActive(Collection<Long> units, LocalDate from, LocalDate to, boolean onlyIsolated);
}
