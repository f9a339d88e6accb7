package org.yuanwu.plan.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

    List<PlanItem> findByPlanIdOrderByPositionAscIdAsc(Long planId);

    long countByPlanId(Long planId);

    @Query("select coalesce(max(i.position), 0) from PlanItem i where i.planId = :planId")
    int maxPosition(@Param("planId") Long planId);

    /** [planId, item count] for each of the plans that has items. */
    @Query("select i.planId, count(i) from PlanItem i where i.planId in :planIds group by i.planId")
    List<Object[]> countByPlan(@Param("planIds") Collection<Long> planIds);
}
