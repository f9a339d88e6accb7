package org.yuanwu.training.internal.skill;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SkillSheetRepository extends JpaRepository<SkillSheet, Long> {

    Optional<SkillSheet> findBySkillIdAndCurrentTrue(Long skillId);

    List<SkillSheet> findBySkillIdOrderBySheetVersionDesc(Long skillId);

    List<SkillSheet> findByCurrentTrue();
}
