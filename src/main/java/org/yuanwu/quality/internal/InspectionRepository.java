package org.yuanwu.quality.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface InspectionRepository extends JpaRepository<Inspection, Long>, JpaSpecificationExecutor<Inspection> {

    boolean existsByTemplateId(Long templateId);

    List<Inspection> findByRoundIdOrderByIdAsc(Long roundId);

    /** Per unit: average percentage and count of published inspections of a checklist family in a date range. */
    @Query("select i.unitId, avg(i.percentage), count(i) from Inspection i where i.familyCode = ?1 "
            + "and i.status = org.yuanwu.quality.InspectionStatus.PUBLISHED and i.inspectionDate between ?2 and ?3 "
            + "group by i.unitId")
    List<Object[]> averagesEverywhere(String familyCode, LocalDate from, LocalDate to);
}
