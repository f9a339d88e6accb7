package org.yuanwu.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The year-end summary (工作总结) of a plan: the figures it is built from and, in {@code sections},
 * the document text written from them (headings 一、二、三… with paragraphs of full sentences).
 */
public record PlanSummary(Long planId, String title, String unitName, String periodLabel, boolean annual,
                          String goals, List<ItemResult> items, List<WorkCount> work, List<Ranking> rankings,
                          List<Unmet> unmet, DutyTally duties, String nextPeriodLabel, LocalDate date,
                          List<Section> sections) {

    /** One plan item: for an indicator its value (null = no data) against the target; for a deliverable its tick. */
    public record ItemResult(int position, String text, ItemKind kind, String indicatorName, String unit,
                             TargetComparator comparator, BigDecimal target, BigDecimal targetUpper,
                             BigDecimal value, boolean met, boolean noData) {
    }

    /** A measure's total over the period ("what was done"). */
    public record WorkCount(String measureCode, String name, String unit, BigDecimal total) {
    }

    /** The plan unit's children ranked on an indicator item, best first (at most three). */
    public record Ranking(String indicatorName, String unit, List<RankedUnit> top) {
    }

    public record RankedUnit(String unitName, BigDecimal value) {
    }

    /** An item not met, with the reasons recorded in the plan's comments (empty: none recorded). */
    public record Unmet(String text, boolean noData, List<String> reasons) {
    }

    /** Recurring duties of the plan: how many of those due were done. */
    public record DutyTally(long done, long total) {
    }

    /** A heading and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {
    }

    public PlanSummary withSections(List<Section> written) {
        return new PlanSummary(planId, title, unitName, periodLabel, annual, goals, items, work, rankings, unmet,
                duties, nextPeriodLabel, date, written);
    }

    /** The whole text, one paragraph a line (title, headings and paragraphs, then the sign-off). */
    public String text() {
        StringBuilder sb = new StringBuilder(title).append('\n');
        for (Section s : sections) {
            sb.append(s.heading()).append('\n');
            for (String p : s.paragraphs()) {
                sb.append(p).append('\n');
            }
        }
        sb.append(unitName).append('\n');
        sb.append(date.getYear()).append("年").append(date.getMonthValue()).append("月").append(date.getDayOfMonth())
                .append("日\n");
        return sb.toString();
    }
}
