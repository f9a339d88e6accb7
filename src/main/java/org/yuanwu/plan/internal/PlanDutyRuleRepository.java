package org.yuanwu.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanDutyRuleRepository extends JpaRepository<PlanDutyRule, Long> {

    List<PlanDutyRule> findByItemIdOrderByIdAsc(Long itemId);
}
