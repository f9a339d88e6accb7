package org.yuanwu.training.internal.intern;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InternTeachingRepository extends JpaRepository<InternTeaching, Long> {

    @Query("select t from InternTeaching t where t.unitId = ?1 and t.weekStart >= ?2 and t.weekStart <= ?3 order by t.weekStart desc, t.id desc")
    List<InternTeaching> atUnit(Long unitId, LocalDate from, LocalDate to);

    @Query("select t from InternTeaching t where t.tutorStaffId = ?1 order by t.weekStart desc, t.id desc")
    List<InternTeaching> ofTutor(Long tutorStaffId);
}
