/**
 * Measures, facts, indicator definitions and the one engine that computes every indicator for
 * any org-unit subtree and period. Modules publish {@link org.yuanwu.indicator.FactsRecorded};
 * plans, dashboards and the year-end summary read {@link org.yuanwu.indicator.IndicatorEngine}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package org.yuanwu.indicator;
