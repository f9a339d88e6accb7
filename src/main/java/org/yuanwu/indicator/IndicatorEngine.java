package org.yuanwu.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.indicator.internal.MeasureQueries;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.ScopeGuard;
import org.yuanwu.organization.UnitView;

/**
 * The one place indicators are computed: for a unit and everything below it, over any period;
 * broken down by child unit or by sub-period; against the same period last year. Pages, the API,
 * plans and the year-end summary all call this. "No data" stays null, never zero.
 *
 * <p>A rate whose numerator has no fact below the unit while its population was observed is zero only when the
 * numerator's source recorded something in the unit's institution (its root unit) during the period: a ward
 * without infections in a hospital that registers infections has recorded zero, while a hospital that never
 * registered antibiotic use has no data, not "0 % met".
 */
@Service
@Transactional(readOnly = true)
public class IndicatorEngine {

    private final IndicatorCatalog catalog;
    private final MeasureCatalog measures;
    private final MeasureQueries queries;
    private final OrgUnitService units;
    private final ScopeGuard scope;

    IndicatorEngine(IndicatorCatalog catalog, MeasureCatalog measures, MeasureQueries queries, OrgUnitService units,
                    ScopeGuard scope) {
        this.catalog = catalog;
        this.measures = measures;
        this.queries = queries;
        this.units = units;
        this.scope = scope;
    }

    public IndicatorValue value(String indicatorCode, Long unitId, Period period) {
        return values(List.of(indicatorCode), unitId, period).get(0);
    }

    /** Several indicators for one unit and period, their measures fetched together. */
    public List<IndicatorValue> values(Collection<String> indicatorCodes, Long unitId, Period period) {
        checkVisible(unitId);
        List<Compiled> compiled = compile(indicatorCodes);
        Map<String, BigDecimal> measureValues = queries.values(measuresOf(compiled), unitId, period.start(), period.end());
        SourceRecorded recorded = new SourceRecorded(unitId, period);
        return compiled.stream().map(c -> evaluate(c, unitId, period, measureValues, recorded)).toList();
    }

    /** The indicator for each direct child unit (each with everything below it), in the tree's order. */
    public List<IndicatorValue> byChild(String indicatorCode, Long unitId, Period period) {
        checkVisible(unitId);
        List<Compiled> compiled = compile(List.of(indicatorCode));
        List<IndicatorValue> result = new ArrayList<>();
        var restriction = scope.restrictionFor(org.yuanwu.common.CurrentActor.get());
        if (restriction.isPresent() && restriction.get().scope() != org.yuanwu.common.DataScope.SUBTREE) {
            return result; // an own-unit scope sees its unit as a whole, nothing below it
        }
        SourceRecorded recorded = new SourceRecorded(unitId, period);
        for (UnitView child : units.children(unitId)) {
            Map<String, BigDecimal> v = queries.values(measuresOf(compiled), child.id(), period.start(), period.end());
            result.add(evaluate(compiled.get(0), child.id(), period, v, recorded));
        }
        return result;
    }

    /** The indicator for each sub-period (e.g. each month of a year), clipped to the period. */
    public List<IndicatorValue> bySubPeriod(String indicatorCode, Long unitId, Period period, PeriodType finer) {
        return trend(List.of(indicatorCode), unitId, period, finer).get(indicatorCode);
    }

    /**
     * Several indicators, each for every sub-period: a dashboard's trend lines. Monthly pieces are
     * read in one pass over the monthly roll-ups.
     */
    public Map<String, List<IndicatorValue>> trend(Collection<String> indicatorCodes, Long unitId, Period period,
                                                   PeriodType finer) {
        checkVisible(unitId);
        List<Compiled> compiled = compile(indicatorCodes);
        List<Period> pieces = period.split(finer);
        Map<LocalDate, Map<String, BigDecimal>> byStart = new LinkedHashMap<>();
        if (finer == PeriodType.MONTH) {
            byStart.putAll(queries.valuesByMonth(measuresOf(compiled), unitId, period.start(), period.end()));
        } else {
            for (Period piece : pieces) {
                byStart.put(piece.start(), queries.values(measuresOf(compiled), unitId, piece.start(), piece.end()));
            }
        }
        Map<String, List<IndicatorValue>> result = new LinkedHashMap<>();
        Map<LocalDate, SourceRecorded> recordedByPiece = new java.util.HashMap<>();
        for (Compiled c : compiled) {
            List<IndicatorValue> line = new ArrayList<>();
            for (Period piece : pieces) {
                line.add(evaluate(c, unitId, piece, byStart.getOrDefault(piece.start(), Map.of()),
                        recordedByPiece.computeIfAbsent(piece.start(), k -> new SourceRecorded(unitId, piece))));
            }
            result.put(c.view().code(), line);
        }
        return result;
    }

    public IndicatorValue sameTimeLastYear(String indicatorCode, Long unitId, Period period) {
        return value(indicatorCode, unitId, period.previousYear());
    }

    /** Totals of measures themselves (for "what was done" counts); measures with no data are left out. */
    public Map<String, BigDecimal> measureTotals(Collection<String> measureCodes, Long unitId, Period period) {
        checkVisible(unitId);
        List<MeasureView> views = measureCodes.stream().map(code -> measures.find(code)
                .orElseThrow(() -> DomainException.invalid("measure", "indicator.error.unknownMeasure", code))).toList();
        return queries.values(views, unitId, period.start(), period.end());
    }

    private void checkVisible(Long unitId) {
        Actor actor = CurrentActor.require(Permissions.INDICATOR_READ);
        if (unitId == null || units.find(unitId).isEmpty()) {
            throw DomainException.notFound("org.error.notFound", unitId);
        }
        if (!scope.canSee(actor, unitId)) {
            throw new AccessDeniedProblem();
        }
    }

    private record Compiled(IndicatorView view, Expression numerator, Expression denominator, List<MeasureView> measures) {
    }

    private List<Compiled> compile(Collection<String> codes) {
        // Definitions and measures are read once per call, not once per indicator.
        Map<String, IndicatorView> definitions = new LinkedHashMap<>();
        if (codes.size() > 1) {
            catalog.all().forEach(v -> definitions.put(v.code(), v));
        }
        Map<String, MeasureView> measureViews = new LinkedHashMap<>();
        measures.all().forEach(m -> measureViews.put(m.code(), m));
        List<Compiled> result = new ArrayList<>();
        for (String code : codes) {
            IndicatorView view = definitions.containsKey(code) ? definitions.get(code) : catalog.get(code);
            Expression numerator = Expression.parse(view.numerator());
            Expression denominator = view.denominator() == null ? null : Expression.parse(view.denominator());
            Set<String> used = new LinkedHashSet<>(numerator.measures());
            if (denominator != null) {
                used.addAll(denominator.measures());
            }
            List<MeasureView> usedViews = used.stream().map(measureViews::get).filter(java.util.Objects::nonNull).toList();
            result.add(new Compiled(view, numerator, denominator, usedViews));
        }
        return result;
    }

    private static Collection<MeasureView> measuresOf(List<Compiled> compiled) {
        Map<String, MeasureView> all = new LinkedHashMap<>();
        compiled.forEach(c -> c.measures().forEach(m -> all.put(m.code(), m)));
        return all.values();
    }

    /**
     * Which measures have any fact in the institution of a unit (its root) during a period, asked once per call and
     * only when a numerator is missing.
     */
    private final class SourceRecorded {

        private final Long unitId;
        private final Period period;
        private final Map<String, Boolean> known = new java.util.HashMap<>();
        private Long rootId;

        SourceRecorded(Long unitId, Period period) {
            this.unitId = unitId;
            this.period = period;
        }

        boolean anyOf(Set<String> codes) {
            List<String> unknown = codes.stream().filter(code -> !known.containsKey(code)).toList();
            if (!unknown.isEmpty()) {
                if (rootId == null) {
                    rootId = units.find(unitId).map(u -> org.yuanwu.organization.TreePaths.ids(u.path()).get(0)).orElse(unitId);
                }
                Set<String> found = queries.recorded(unknown, rootId, period.start(), period.end());
                unknown.forEach(code -> known.put(code, found.contains(code)));
            }
            return codes.stream().anyMatch(known::get);
        }
    }

    private static IndicatorValue evaluate(Compiled c, Long unitId, Period period, Map<String, BigDecimal> measureValues,
                                           SourceRecorded recorded) {
        IndicatorView v = c.view();
        BigDecimal numerator = c.numerator().evaluate(measureValues::get).orElse(null);
        BigDecimal denominator = c.denominator() == null ? null : c.denominator().evaluate(measureValues::get).orElse(null);
        if (numerator == null && denominator != null && denominator.signum() != 0
                && !c.numerator().measures().isEmpty() && recorded.anyOf(c.numerator().measures())) {
            // The population was observed and the source keeps its record here, with nothing counted below this unit
            // (no infection on this ward): zero. A source that recorded nothing at all leaves "no data".
            numerator = BigDecimal.ZERO;
        }
        BigDecimal value = value(v, numerator, denominator, c.denominator() != null);
        return new IndicatorValue(v.code(), unitId, period, numerator, denominator, value, v.target(), v.direction(),
                status(value, v.target(), v.direction()));
    }

    static BigDecimal value(IndicatorView v, BigDecimal numerator, BigDecimal denominator, boolean hasDenominator) {
        if (numerator == null) {
            return null;
        }
        BigDecimal raw;
        if (hasDenominator) {
            if (denominator == null || denominator.signum() == 0) {
                return null;
            }
            raw = numerator.multiply(v.factor()).divide(denominator, MathContext.DECIMAL64);
        } else {
            raw = numerator.multiply(v.factor());
        }
        return raw.setScale(v.decimals(), RoundingMode.HALF_UP);
    }

    static IndicatorValue.Status status(BigDecimal value, BigDecimal target, Direction direction) {
        if (value == null) {
            return IndicatorValue.Status.NO_DATA;
        }
        if (target == null) {
            return IndicatorValue.Status.NO_TARGET;
        }
        int cmp = value.compareTo(target);
        boolean met = direction == Direction.HIGHER ? cmp >= 0 : cmp <= 0;
        return met ? IndicatorValue.Status.MET : IndicatorValue.Status.NOT_MET;
    }
}
