package org.yuanwu.training.internal.skill;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SkillItemRepository extends JpaRepository<SkillItem, Long> {

    List<SkillItem> findBySheetIdOrderByPositionAscIdAsc(Long sheetId);

    List<SkillItem> findBySheetIdIn(Collection<Long> sheetIds);
}
