package org.yuanwu.training.internal.skill;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SkillScoreRepository extends JpaRepository<SkillScore, Long> {

    List<SkillScore> findByAssessmentIdOrderByIdAsc(Long assessmentId);
}
