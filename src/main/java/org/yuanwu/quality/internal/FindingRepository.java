package org.yuanwu.quality.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface FindingRepository extends JpaRepository<Finding, Long>, JpaSpecificationExecutor<Finding> {

    List<Finding> findByInspectionIdOrderByIdAsc(Long inspectionId);

    /** Findings of the same item in the same unit from other inspections dated in the window, latest first. */
    @Query("select f from Finding f, Inspection i where i.id = f.inspectionId and f.unitId = ?1 and f.itemCode = ?2 "
            + "and f.status <> org.yuanwu.quality.FindingStatus.WITHDRAWN and i.id <> ?3 "
            + "and i.inspectionDate between ?4 and ?5 order by i.inspectionDate desc, f.id desc")
    List<Finding> earlier(Long unitId, String itemCode, Long inspectionId, LocalDate from, LocalDate to);

    /** Findings of the same source type and item key in the same unit opened in the window, latest first. */
    @Query("select f from Finding f where f.unitId = ?1 and f.sourceType = ?2 and f.itemCode = ?3 "
            + "and f.status <> org.yuanwu.quality.FindingStatus.WITHDRAWN "
            + "and f.openedOn between ?4 and ?5 order by f.openedOn desc, f.id desc")
    List<Finding> earlierFromSource(Long unitId, String sourceType, String itemKey, LocalDate from, LocalDate to);

    List<Finding> findBySourceTypeAndSourceIdOrderByIdAsc(String sourceType, String sourceId);

    @Query("select f.status, count(f) from Finding f where f.unitId in ?1 group by f.status")
    List<Object[]> countByStatus(Collection<Long> unitIds);

    @Query("select count(f) from Finding f where f.unitId in ?1 and f.status in ?2 and f.deadline < ?3")
    long countOverdue(Collection<Long> unitIds, Collection<org.yuanwu.quality.FindingStatus> open, LocalDate today);

    @Query("select count(f) from Finding f where f.unitId in ?1 and f.recurrence = true "
            + "and f.status <> org.yuanwu.quality.FindingStatus.WITHDRAWN")
    long countRecurrences(Collection<Long> unitIds);
}
