package org.yuanwu.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.indicator.Direction;
import org.yuanwu.indicator.Expression;
import org.yuanwu.indicator.IndicatorCatalog;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.IndicatorValue;
import org.yuanwu.indicator.IndicatorView;
import org.yuanwu.indicator.MeasureCatalog;
import org.yuanwu.indicator.MeasureView;
import org.yuanwu.indicator.Period;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;
import org.yuanwu.plan.PlanSummary.ItemResult;
import org.yuanwu.plan.internal.SummaryText;

/**
 * The year-end summary (工作总结) of a plan, built live: goals, each item against its target, what was
 * done (measure totals over the period), the child units ranked on each indicator item, unmet items
 * with the reasons recorded in the plan's comments, duties done, and a draft of the next plan.
 */
// No transaction of its own: each service it reads runs its own, so a section the reader may not
// see (a refused ranking, say) is left out without marking a shared transaction for rollback.
@Service
public class SummaryService {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final PlanAccess access;
    private final PlanService plans;
    private final PlanItemService items;
    private final PlanProgressService progress;
    private final DutyService duties;
    private final IndicatorEngine engine;
    private final IndicatorCatalog catalog;
    private final MeasureCatalog measures;
    private final OrgUnitService units;
    private final org.yuanwu.quality.QualityFindings findings;
    private final org.yuanwu.union.Honours honours;

    SummaryService(PlanAccess access, PlanService plans, PlanItemService items, PlanProgressService progress,
                   DutyService duties, IndicatorEngine engine, IndicatorCatalog catalog, MeasureCatalog measures,
                   OrgUnitService units, org.yuanwu.quality.QualityFindings findings, org.yuanwu.union.Honours honours) {
        this.findings = findings;
        this.honours = honours;
        this.access = access;
        this.plans = plans;
        this.items = items;
        this.progress = progress;
        this.duties = duties;
        this.engine = engine;
        this.catalog = catalog;
        this.measures = measures;
        this.units = units;
    }

    public PlanSummary summary(Long planId) {
        PlanView plan = plans.get(planId);
        Period period = plan.period();
        PlanProgress live = progress.progress(planId, period.end());
        List<PlanHistoryEntry> history = plans.history(planId);
        boolean annual = plan.kind() == PlanKind.ANNUAL;

        List<ItemResult> results = new ArrayList<>();
        List<PlanSummary.Ranking> rankings = new ArrayList<>();
        List<PlanSummary.Unmet> unmet = new ArrayList<>();
        Set<String> measureCodes = new LinkedHashSet<>();
        Map<String, IndicatorView> seen = new LinkedHashMap<>();
        int position = 1;
        for (ItemProgress p : live.items()) {
            PlanItemView item = p.item();
            ItemResult r;
            if (item.kind() == ItemKind.DELIVERABLE) {
                r = new ItemResult(position++, item.text(), item.kind(), null, null, null, null, null, null,
                        item.done(), false);
            } else {
                IndicatorView indicator = p.indicator() != null ? p.indicator()
                        : catalog.find(item.indicatorCode()).orElse(null);
                String name = indicator == null ? item.indicatorCode() : indicator.nameZh();
                String unit = indicator == null ? "" : displayUnit(indicator);
                BigDecimal value = p.value();
                boolean met = value != null && item.target() != null && item.comparator() != null
                        && item.comparator().satisfiedBy(value, item.target(), item.targetUpper());
                r = new ItemResult(position++, item.text(), item.kind(), name, unit, item.comparator(), item.target(),
                        item.targetUpper(), value, met, value == null);
                if (indicator != null && !seen.containsKey(indicator.code())) {
                    seen.put(indicator.code(), indicator);
                    measureCodes.addAll(measuresOf(indicator));
                    ranking(plan.unitId(), indicator, unit, period).ifPresent(rankings::add);
                }
            }
            results.add(r);
            if (!r.met()) {
                unmet.add(new PlanSummary.Unmet(item.text(), r.noData(), reasons(history, item, r.indicatorName())));
            }
        }

        List<PlanSummary.WorkCount> work = new ArrayList<>();
        if (!measureCodes.isEmpty()) {
            try {
                Map<String, BigDecimal> totals = engine.measureTotals(measureCodes, plan.unitId(), period);
                for (String code : measureCodes) {
                    BigDecimal total = totals.get(code);
                    if (total == null) {
                        continue;
                    }
                    Optional<MeasureView> m = measures.find(code);
                    work.add(new PlanSummary.WorkCount(code, m.map(MeasureView::nameZh).orElse(code),
                            m.map(MeasureView::unit).orElse(""), total));
                }
            } catch (AccessDeniedProblem e) {
                // the reader sees the plan but not the unit's facts: no counts
            }
        }

        long done = 0;
        long total = 0;
        for (PlanItemView item : live.items().stream().map(ItemProgress::item).toList()) {
            try {
                for (DutyView d : duties.occurrences(planId, item.id())) {
                    total++;
                    if (d.done()) {
                        done++;
                    }
                }
            } catch (AccessDeniedProblem e) {
                // duties not readable by this reader: left out
            }
        }

        String label = plan.periodLabel(ZH);
        String nextLabel = annual ? (plan.year() + 1) + "年" : "下一期";
        PlanSummary summary = new PlanSummary(planId, plan.unitName() + label + "工作总结", plan.unitName(), label, annual,
                plan.goals(), results, work, rankings, unmet, total == 0 ? null : new PlanSummary.DutyTally(done, total),
                nextLabel, access.today(), List.of());
        List<PlanSummary.Section> sections = withFindings(SummaryText.sections(summary), findings.counts(plan.unitId()));
        if (annual) {
            sections = withHonours(sections, honours.awardedIn(plan.year(), plan.unitId()));
        }
        return summary.withSections(sections);
    }

    private static final Map<org.yuanwu.union.HonourLevel, String> LEVELS = Map.of(
            org.yuanwu.union.HonourLevel.NATIONAL, "国家级", org.yuanwu.union.HonourLevel.PROVINCIAL, "省级",
            org.yuanwu.union.HonourLevel.CITY, "市级", org.yuanwu.union.HonourLevel.COUNTY, "县级",
            org.yuanwu.union.HonourLevel.HOSPITAL, "院级");

    /**
     * The year's honours (from the union's honours registry) in the summary: one sentence under the plan's completion
     * naming each honour won by the unit's people and units, highest level first. Nothing is said when there were none.
     */
    static List<PlanSummary.Section> withHonours(List<PlanSummary.Section> sections, List<org.yuanwu.union.HonourView> won) {
        if (won.isEmpty()) {
            return sections;
        }
        List<String> parts = won.stream().sorted(Comparator.comparing(org.yuanwu.union.HonourView::level))
                .map(h -> (h.forPerson() ? h.staffName() : h.unitName()) + "获" + LEVELS.get(h.level()) + "“" + h.title() + "”"
                        + (h.awardingBody() == null || h.awardingBody().isBlank() ? "" : "（" + h.awardingBody() + "）"))
                .toList();
        String sentence = "全年获得各级荣誉 " + won.size() + " 项：" + String.join("；", parts) + "。";
        return underCompletion(sections, sentence);
    }

    /**
     * The rectification loop in the summary: under the plan's completion, one sentence on the inspection findings of the
     * unit and the units below it, and what is still open. Nothing is said when there were none.
     */
    static List<PlanSummary.Section> withFindings(List<PlanSummary.Section> sections, org.yuanwu.quality.FindingCounts c) {
        long total = c.open() + c.answered() + c.accepted();
        if (total == 0) {
            return sections;
        }
        String sentence = "质量检查共发现问题 " + total + " 项，已整改验收 " + c.accepted() + " 项"
                + (c.open() + c.answered() == 0 ? "，全部闭环。"
                : "，尚未闭环 " + (c.open() + c.answered()) + " 项" + (c.overdue() > 0 ? "（其中逾期 " + c.overdue() + " 项）" : "")
                + (c.recurrences() > 0 ? "；同一问题重复出现 " + c.recurrences() + " 项，已要求科室负责人说明。" : "。"));
        return underCompletion(sections, sentence);
    }

    /** Adds a closing sentence to the plan-completion section ("…计划完成情况"), leaving the others as they are. */
    private static List<PlanSummary.Section> underCompletion(List<PlanSummary.Section> sections, String sentence) {
        List<PlanSummary.Section> out = new java.util.ArrayList<>();
        for (PlanSummary.Section s : sections) {
            if (s.heading().endsWith("计划完成情况")) {
                List<String> paragraphs = new java.util.ArrayList<>(s.paragraphs());
                paragraphs.add(sentence);
                out.add(new PlanSummary.Section(s.heading(), paragraphs));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Percent and per-mille stay as symbols; a count takes its measure's unit ("次"); points are 分. */
    private String displayUnit(IndicatorView indicator) {
        String unit = indicator.unit() == null ? "" : indicator.unit();
        return switch (unit) {
            case "%", "‰" -> unit;
            case "points" -> "分";
            case "count", "unit" -> {
                if (indicator.denominator() == null || indicator.denominator().isBlank()) {
                    Set<String> codes = measuresOf(indicator);
                    if (codes.size() == 1) {
                        yield measures.find(codes.iterator().next()).map(MeasureView::unit).orElse("");
                    }
                }
                yield "";
            }
            default -> unit;
        };
    }

    private static Set<String> measuresOf(IndicatorView indicator) {
        Set<String> codes = new LinkedHashSet<>();
        for (String text : new String[] {indicator.numerator(), indicator.denominator()}) {
            if (text != null && !text.isBlank()) {
                try {
                    codes.addAll(Expression.parse(text).measures());
                } catch (RuntimeException e) {
                    // a malformed expression counts nothing
                }
            }
        }
        return codes;
    }

    private Optional<PlanSummary.Ranking> ranking(Long unitId, IndicatorView indicator, String unit, Period period) {
        // A reader whose scope ends at the plan's own unit sees no ranking of the units below it.
        List<UnitView> children;
        List<IndicatorValue> values;
        try {
            children = units.children(unitId);
            if (children.isEmpty()) {
                return Optional.empty();
            }
            values = engine.byChild(indicator.code(), unitId, period);
        } catch (AccessDeniedProblem e) {
            return Optional.empty();
        }
        Map<Long, String> names = new LinkedHashMap<>();
        children.forEach(c -> names.put(c.id(), c.name()));
        Comparator<IndicatorValue> order = Comparator.comparing(IndicatorValue::value);
        if (indicator.direction() != Direction.LOWER) {
            order = order.reversed();
        }
        List<PlanSummary.RankedUnit> top = values.stream().filter(IndicatorValue::hasData).sorted(order).limit(3)
                .map(v -> new PlanSummary.RankedUnit(names.getOrDefault(v.unitId(), String.valueOf(v.unitId())), v.value()))
                .toList();
        return Optional.of(new PlanSummary.Ranking(indicator.nameZh(), unit, top));
    }

    /** Comments (and status-change remarks) that mention the item's text or its indicator, oldest first. */
    private static List<String> reasons(List<PlanHistoryEntry> history, PlanItemView item, String indicatorName) {
        List<String> found = new ArrayList<>();
        String text = item.text() == null ? "" : item.text().trim();
        for (PlanHistoryEntry h : history) {
            String c = h.comment();
            if (c == null || c.isBlank() || h.action() == PlanAction.COPY) {
                continue;
            }
            boolean mentions = (!text.isEmpty() && c.contains(text))
                    || (indicatorName != null && !indicatorName.isBlank() && c.contains(indicatorName))
                    || (item.indicatorCode() != null && c.contains(item.indicatorCode()));
            if (mentions) {
                found.add(c.trim());
            }
        }
        return found;
    }
}
