package org.yuanwu.training.internal.skill;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SkillAssessmentRepository extends JpaRepository<SkillAssessment, Long>,
        JpaSpecificationExecutor<SkillAssessment> {

    List<SkillAssessment> findByStaffIdAndSkillIdAndAssessedOnBetween(Long staffId, Long skillId, LocalDate from,
                                                                      LocalDate to);

    List<SkillAssessment> findByStaffIdInAndAssessedOnBetweenAndWithdrawnFalse(Collection<Long> staffIds, LocalDate from,
                                                                               LocalDate to);

    long countBySheetId(Long sheetId);
}
