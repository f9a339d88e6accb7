package org.yuanwu.plan.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.yuanwu.plan.PlanStatus;

public interface PlanDutyRepository extends JpaRepository<PlanDuty, Long> {

    List<PlanDuty> findByRuleIdOrderByDueDateAsc(Long ruleId);

    List<PlanDuty> findByItemIdOrderByDueDateAscIdAsc(Long itemId);

    long countByRuleId(Long ruleId);

    long countByRuleIdAndDoneTrue(Long ruleId);

    /** Not done, due on or before {@code until}, of plans in the given statuses; units null for every unit. */
    @Query("select d from PlanDuty d, Plan p where p.id = d.planId and p.status in :statuses and d.done = false"
            + " and d.dueDate <= :until and (:allUnits = true or d.responsibleUnitId in :units)"
            + " order by d.dueDate, d.id")
    List<PlanDuty> openUntil(@Param("until") LocalDate until, @Param("statuses") Collection<PlanStatus> statuses,
                             @Param("allUnits") boolean allUnits, @Param("units") Collection<Long> units);

    /** How many {@link #openUntil} would return, without loading them (the header badge on every page). */
    @Query("select count(d) from PlanDuty d, Plan p where p.id = d.planId and p.status in :statuses and d.done = false"
            + " and d.dueDate <= :until and (:allUnits = true or d.responsibleUnitId in :units)")
    long countOpenUntil(@Param("until") LocalDate until, @Param("statuses") Collection<PlanStatus> statuses,
                        @Param("allUnits") boolean allUnits, @Param("units") Collection<Long> units);
}
