package org.yuanwu.training.internal.intern;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InternRotationRepository extends JpaRepository<InternRotation, Long> {

    @Query("select r from InternRotation r where r.intakeId = ?1 and r.removedReason is null order by r.fromOn, r.internId")
    List<InternRotation> activeOfIntake(Long intakeId);

    @Query("select r from InternRotation r where r.internId = ?1 and r.removedReason is null order by r.fromOn")
    List<InternRotation> activeOfIntern(Long internId);

    @Query("select r from InternRotation r where r.unitId = ?1 and r.removedReason is null and r.fromOn <= ?3 and r.toOn >= ?2 order by r.fromOn")
    List<InternRotation> activeAtUnit(Long unitId, LocalDate from, LocalDate to);

    @Query("select r from InternRotation r where r.tutorStaffId = ?1 and r.removedReason is null order by r.fromOn desc")
    List<InternRotation> activeOfTutor(Long tutorStaffId);

    @Query("select count(r) from InternRotation r where r.tutorStaffId = ?1 and r.removedReason is null and r.id <> ?2 and r.fromOn <= ?4 and r.toOn >= ?3")
    long concurrentOfTutor(Long tutorStaffId, Long exceptRotationId, LocalDate from, LocalDate to);

    @Query("select distinct r.intakeId from InternRotation r where r.unitId in ?1 and r.removedReason is null")
    List<Long> intakesAtUnits(Collection<Long> unitIds);
}
