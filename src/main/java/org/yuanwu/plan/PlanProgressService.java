package org.yuanwu.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.indicator.IndicatorCatalog;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.IndicatorValue;
import org.yuanwu.indicator.IndicatorView;
import org.yuanwu.indicator.Period;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.UnitView;
import org.yuanwu.plan.internal.ItemStatusRules;
import org.yuanwu.plan.internal.Plan;

/**
 * A plan's progress, computed live: each indicator item's value from the indicator engine for each
 * covered unit over the plan's period so far, each deliverable from its tick and due date, and the
 * share of items achieved or on track. Nothing is stored; the numbers are those of the engine.
 */
@Service
@Transactional(readOnly = true)
public class PlanProgressService {

    private final PlanAccess access;
    private final PlanItemService items;
    private final IndicatorEngine engine;
    private final IndicatorCatalog catalog;
    private final OrgUnitService units;

    PlanProgressService(PlanAccess access, PlanItemService items, IndicatorEngine engine, IndicatorCatalog catalog,
                        OrgUnitService units) {
        this.access = access;
        this.items = items;
        this.engine = engine;
        this.catalog = catalog;
        this.units = units;
    }

    public PlanProgress progress(Long planId) {
        return progress(planId, access.today());
    }

    /** The progress as it stands on {@code asOf} (facts up to that day). */
    public PlanProgress progress(Long planId, LocalDate asOf) {
        Plan plan = access.load(planId);
        access.readable(plan);
        Period period = plan.period();
        Period evaluated = ItemStatusRules.evaluated(period, asOf);
        List<PlanItemView> list = items.items(planId);

        Map<String, IndicatorView> indicators = new HashMap<>();
        Map<Long, Set<String>> codesByUnit = new LinkedHashMap<>();
        for (PlanItemView item : list) {
            if (item.kind() != ItemKind.INDICATOR) {
                continue;
            }
            Optional<IndicatorView> indicator = indicators.containsKey(item.indicatorCode())
                    ? Optional.of(indicators.get(item.indicatorCode())) : catalog.find(item.indicatorCode());
            if (indicator.isEmpty()) {
                continue;
            }
            indicators.put(item.indicatorCode(), indicator.get());
            for (Long unitId : unitsToCompute(plan, item)) {
                codesByUnit.computeIfAbsent(unitId, k -> new LinkedHashSet<>()).add(item.indicatorCode());
            }
        }
        Values values = evaluated == null ? new Values(Map.of(), Set.of()) : compute(codesByUnit, evaluated);

        Map<Long, String> names = new HashMap<>();
        List<ItemProgress> result = new ArrayList<>();
        for (PlanItemView item : list) {
            if (item.kind() == ItemKind.DELIVERABLE) {
                LocalDate due = item.dueDate() == null ? period.end() : item.dueDate();
                result.add(new ItemProgress(item, null, ItemStatusRules.deliverable(item.done(), due, asOf), null, List.of()));
            } else {
                result.add(indicatorProgress(plan, item, indicators.get(item.indicatorCode()), values, period, asOf, names));
            }
        }
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        for (ItemStatus s : ItemStatus.values()) {
            counts.put(s, result.stream().filter(p -> p.status() == s).count());
        }
        int percent = ItemStatusRules.progressPercent(result.stream().map(ItemProgress::status).toList());
        return new PlanProgress(planId, asOf, evaluated == null ? null : evaluated.start(),
                evaluated == null ? null : evaluated.end(), percent, counts, result);
    }

    /** The progress of one item, with its per-unit values. */
    public ItemProgress itemProgress(Long planId, Long itemId) {
        return progress(planId).items().stream().filter(p -> p.item().id().equals(itemId)).findFirst()
                .orElseThrow(() -> org.yuanwu.common.DomainException.notFound("plan.error.itemNotFound", itemId));
    }

    private record Values(Map<Long, Map<String, IndicatorValue>> byUnit, Set<Long> hidden) {
    }

    /** One engine call per unit for all the indicators wanted there; units outside the reader's scope are hidden. */
    private Values compute(Map<Long, Set<String>> codesByUnit, Period period) {
        Map<Long, Map<String, IndicatorValue>> byUnit = new HashMap<>();
        Set<Long> hidden = new LinkedHashSet<>();
        codesByUnit.forEach((unitId, codes) -> {
            try {
                Map<String, IndicatorValue> map = new HashMap<>();
                engine.values(codes, unitId, period).forEach(v -> map.put(v.indicatorCode(), v));
                byUnit.put(unitId, map);
            } catch (AccessDeniedProblem e) {
                hidden.add(unitId);
            }
        });
        return new Values(byUnit, hidden);
    }

    private static List<Long> unitsToCompute(Plan plan, PlanItemView item) {
        List<Long> ids = new ArrayList<>(item.coveredUnitIds());
        if (!ids.contains(plan.getUnitId())) {
            ids.add(plan.getUnitId());
        }
        return ids;
    }

    private ItemProgress indicatorProgress(Plan plan, PlanItemView item, IndicatorView indicator, Values values,
                                           Period period, LocalDate asOf, Map<Long, String> names) {
        if (indicator == null) {
            return new ItemProgress(item, null, ItemStatus.NO_DATA, null, List.of());
        }
        boolean count = indicator.denominator() == null;
        List<UnitProgress> rows = new ArrayList<>();
        List<ItemStatus> statuses = new ArrayList<>();
        for (Long unitId : item.coveredUnitIds()) {
            UnitProgress row = row(unitId, false, indicator, item, values, count, period, asOf, names);
            rows.add(row);
            if (row.visible()) {
                statuses.add(row.status());
            }
        }
        UnitProgress overall = row(plan.getUnitId(), true, indicator, item, values, count, period, asOf, names);
        if (!item.coveredUnitIds().contains(plan.getUnitId())) {
            rows.add(overall);
        }
        BigDecimal headline = item.coveredUnitIds().size() == 1 ? rows.get(0).value() : overall.value();
        return new ItemProgress(item, indicator, ItemStatusRules.worst(statuses), headline, rows);
    }

    private UnitProgress row(Long unitId, boolean overall, IndicatorView indicator, PlanItemView item, Values values,
                             boolean count, Period period, LocalDate asOf, Map<Long, String> names) {
        String name = names.computeIfAbsent(unitId, id -> units.find(id).map(UnitView::name).orElse("#" + id));
        if (values.hidden().contains(unitId)) {
            return new UnitProgress(unitId, name, overall, false, null, null, null, ItemStatus.NO_DATA);
        }
        IndicatorValue v = values.byUnit().getOrDefault(unitId, Map.of()).get(indicator.code());
        BigDecimal value = v == null ? null : v.value();
        ItemStatus status = ItemStatusRules.indicator(count, item.comparator(), item.target(), item.targetUpper(), value,
                period, asOf);
        return new UnitProgress(unitId, name, overall, true, value, v == null ? null : v.numerator(),
                v == null ? null : v.denominator(), status);
    }
}
