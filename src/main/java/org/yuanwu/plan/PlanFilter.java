package org.yuanwu.plan;

/**
 * Search criteria for the plan list; every field is optional. {@code unitId} includes the plans
 * of every unit below it. Pages and the API bind it from the query string.
 */
public record PlanFilter(Integer year, Long unitId, PlanKind kind, PlanStatus status) {

    public static PlanFilter none() {
        return new PlanFilter(null, null, null, null);
    }
}
