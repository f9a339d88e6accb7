/**
 * Work plans (annual, quarterly, monthly) of org units: items with indicator targets or
 * deliverables, the draft → submitted → approved → in progress → closed lifecycle with its
 * history, evidence attachments, and progress computed live by the indicator engine.
 * Public API: {@link org.yuanwu.plan.PlanService}, {@link org.yuanwu.plan.PlanItemService},
 * {@link org.yuanwu.plan.PlanProgressService} and the view, form and enum types beside them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package org.yuanwu.plan;
