package org.yuanwu.plan.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanHistoryRepository extends JpaRepository<PlanHistory, Long> {

    List<PlanHistory> findByPlanIdOrderByOccurredAtAscIdAsc(Long planId);
}
