package org.yuanwu.infection.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.yuanwu.infection.CaseStatus;

public interface InfectionCaseRepository extends JpaRepository<InfectionCase, Long>, JpaSpecificationExecutor<InfectionCase> {

    /** The cases of one stay (same patient, same admission day), for the "patients with an HAI" count. */
    List<InfectionCase> findByPatientNoAndAdmissionDateOrderByOnsetDateAscIdAsc(String patientNo, LocalDate admissionDate);

    List<InfectionCase> findByStatusInAndOnsetDateBetweenOrderByUnitIdAscOnsetDateAsc(Collection<CaseStatus> statuses,
                                                                                     LocalDate from, LocalDate to);

    List<InfectionCase> findByVisitNoAndStatusNot(String visitNo, CaseStatus status);

    long countByStatus(CaseStatus status);
}
