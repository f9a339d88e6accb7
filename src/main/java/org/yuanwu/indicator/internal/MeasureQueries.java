package org.yuanwu.indicator.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.yuanwu.indicator.Aggregation;
import org.yuanwu.indicator.MeasureView;
import org.yuanwu.organization.OrgUnitService;

/**
 * Aggregates measures over a unit's subtree and a date range. Whole months of SUM / COUNT /
 * AVERAGE measures come from the monthly roll-ups (one row per measure and month for the whole
 * subtree); partial months and the other aggregations are computed from the facts.
 */
@Component
public class MeasureQueries {

    private final JdbcTemplate jdbc;
    private final OrgUnitService units;

    MeasureQueries(JdbcTemplate jdbc, OrgUnitService units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Running totals of one measure; "no facts" is {@code count == 0}. */
    static final class Totals {
        BigDecimal sum = BigDecimal.ZERO;
        long count;

        void add(BigDecimal s, long c) {
            sum = sum.add(s);
            count += c;
        }
    }

    /** Each measure's value over the subtree of {@code unitId} from {@code from} to {@code to}; absent = no data. */
    public Map<String, BigDecimal> values(Collection<MeasureView> measures, Long unitId, LocalDate from, LocalDate to) {
        return byMonthOrWhole(measures, unitId, from, to, false).getOrDefault(from, Map.of());
    }

    /** The same, for each calendar month of the range (clipped to it), keyed by the piece's first day. */
    public Map<LocalDate, Map<String, BigDecimal>> valuesByMonth(Collection<MeasureView> measures, Long unitId,
                                                                 LocalDate from, LocalDate to) {
        return byMonthOrWhole(measures, unitId, from, to, true);
    }

    private Map<LocalDate, Map<String, BigDecimal>> byMonthOrWhole(Collection<MeasureView> measures, Long unitId,
                                                                    LocalDate from, LocalDate to, boolean byMonth) {
        List<String> rolled = measures.stream().filter(m -> m.aggregation().rolledUp()).map(MeasureView::code).toList();
        List<MeasureView> raw = measures.stream().filter(m -> !m.aggregation().rolledUp()).toList();
        Map<String, Aggregation> aggregationOf = new HashMap<>();
        measures.forEach(m -> aggregationOf.put(m.code(), m.aggregation()));

        // Whole months inside the range come from the roll-ups; the clipped ends from the facts.
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate lastWholeEnd = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? to : to.withDayOfMonth(1).minusDays(1);
        Map<LocalDate, Map<String, Totals>> totals = new HashMap<>();
        List<Long> subtree = null;
        if (!rolled.isEmpty()) {
            if (!firstWhole.isAfter(lastWholeEnd)) {
                rollups(rolled, unitId, firstWhole, lastWholeEnd.withDayOfMonth(1), totals, byMonth, from);
            }
            List<LocalDate[]> edges = new ArrayList<>();
            if (firstWhole.isAfter(lastWholeEnd)) {
                edges.add(new LocalDate[] {from, to});
            } else {
                if (from.isBefore(firstWhole)) {
                    edges.add(new LocalDate[] {from, firstWhole.minusDays(1)});
                }
                if (to.isAfter(lastWholeEnd)) {
                    edges.add(new LocalDate[] {lastWholeEnd.plusDays(1), to});
                }
            }
            for (LocalDate[] edge : edges) {
                subtree = subtree != null ? subtree : units.subtreeIds(unitId);
                facts(rolled, subtree, edge[0], edge[1], totals, byMonth, from);
            }
        }
        Map<LocalDate, Map<String, BigDecimal>> result = new HashMap<>();
        totals.forEach((month, byMeasure) -> byMeasure.forEach((code, t) -> {
            if (t.count > 0) {
                result.computeIfAbsent(month, k -> new HashMap<>()).put(code, finish(aggregationOf.get(code), t));
            }
        }));
        for (MeasureView m : raw) {
            subtree = subtree != null ? subtree : units.subtreeIds(unitId);
            // One read of the range's facts; each piece (the whole range or each month) is aggregated here.
            Map<LocalDate, List<RawFact>> byPiece = new HashMap<>();
            for (RawFact f : rawFacts(m.code(), subtree, from, to)) {
                LocalDate key = byMonth ? max(from, f.date().withDayOfMonth(1)) : from;
                byPiece.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
            byPiece.forEach((key, facts) -> putIfData(result, key, m.code(), aggregate(m.aggregation(), facts)));
        }
        return result;
    }

    /**
     * Which of the measures have at least one fact (of any value, zero included) in the subtree of {@code rootId}
     * during the months the range touches: whether their source keeps its record there at all. Read from the
     * monthly roll-ups, so a partial month counts as a whole one.
     */
    public java.util.Set<String> recorded(Collection<String> measureCodes, Long rootId, LocalDate from, LocalDate to) {
        java.util.Set<String> found = new java.util.HashSet<>();
        if (measureCodes.isEmpty()) {
            return found;
        }
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select distinct measure_code from indicator_rollup_month
                    where unit_id = ? and measure_code = any(?) and month_start between ? and ? and value_count > 0""");
            ps.setLong(1, rootId);
            ps.setArray(2, SqlArrays.ofStrings(con, List.copyOf(measureCodes)));
            ps.setDate(3, Date.valueOf(from.withDayOfMonth(1)));
            ps.setDate(4, Date.valueOf(to.withDayOfMonth(1)));
            return ps;
        }, rs -> {
            found.add(rs.getString(1));
        });
        return found;
    }

    private void rollups(List<String> codes, Long unitId, LocalDate fromMonth, LocalDate toMonth,
                         Map<LocalDate, Map<String, Totals>> totals, boolean byMonth, LocalDate wholeKey) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select measure_code, month_start, value_sum, value_count from indicator_rollup_month
                    where unit_id = ? and measure_code = any(?) and month_start between ? and ?""");
            ps.setLong(1, unitId);
            ps.setArray(2, SqlArrays.ofStrings(con, codes));
            ps.setDate(3, Date.valueOf(fromMonth));
            ps.setDate(4, Date.valueOf(toMonth));
            return ps;
        }, rs -> {
            LocalDate key = byMonth ? rs.getDate(2).toLocalDate() : wholeKey;
            totals.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(rs.getString(1), k -> new Totals())
                    .add(rs.getBigDecimal(3), rs.getLong(4));
        });
    }

    private void facts(List<String> codes, List<Long> subtree, LocalDate from, LocalDate to,
                       Map<LocalDate, Map<String, Totals>> totals, boolean byMonth, LocalDate wholeKey) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select f.measure_code, f.fact_date, f.amount from indicator_fact f
                    join unnest(?) as u(id) on f.unit_id = u.id
                    where f.measure_code = any(?) and f.fact_date between ? and ?""");
            ps.setArray(1, SqlArrays.ofLongs(con, subtree));
            ps.setArray(2, SqlArrays.ofStrings(con, codes));
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(to));
            return ps;
        }, rs -> {
            LocalDate date = rs.getDate(2).toLocalDate();
            LocalDate key = byMonth ? max(wholeKey, date.withDayOfMonth(1)) : wholeKey;
            totals.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(rs.getString(1), k -> new Totals())
                    .add(rs.getBigDecimal(3), 1);
        });
    }

    /** One fact as read for MIN, MAX, LAST and DISTINCT_COUNT. */
    private record RawFact(Long unitId, LocalDate date, long id, BigDecimal amount) {
    }

    /** Above this many units a subtree is filtered here rather than joined in SQL (one index range instead of one per unit). */
    static final int FILTER_IN_MEMORY_ABOVE = 500;

    private List<RawFact> rawFacts(String code, List<Long> subtree, LocalDate from, LocalDate to) {
        boolean large = subtree.size() > FILTER_IN_MEMORY_ABOVE;
        java.util.Set<Long> wanted = large ? new java.util.HashSet<>(subtree) : null;
        List<RawFact> facts = new ArrayList<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement(large
                    ? "select f.unit_id, f.fact_date, f.id, f.amount from indicator_fact f"
                            + " where f.measure_code = ? and f.fact_date between ? and ?"
                    : "select f.unit_id, f.fact_date, f.id, f.amount from indicator_fact f"
                            + " join unnest(?) as u(id) on f.unit_id = u.id"
                            + " where f.measure_code = ? and f.fact_date between ? and ?");
            int i = 1;
            if (!large) {
                ps.setArray(i++, SqlArrays.ofLongs(con, subtree));
            }
            ps.setString(i++, code);
            ps.setDate(i++, Date.valueOf(from));
            ps.setDate(i, Date.valueOf(to));
            return ps;
        }, rs -> {
            long unit = rs.getLong(1);
            if (wanted == null || wanted.contains(unit)) {
                facts.add(new RawFact(unit, rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getBigDecimal(4)));
            }
        });
        return facts;
    }

    /** MIN, MAX, DISTINCT_COUNT, or LAST: each unit's latest value (latest date, then latest recorded), summed. */
    static BigDecimal aggregate(Aggregation aggregation, List<RawFact> facts) {
        if (facts.isEmpty()) {
            return null;
        }
        return switch (aggregation) {
            case MIN -> facts.stream().map(RawFact::amount).min(BigDecimal::compareTo).orElseThrow();
            case MAX -> facts.stream().map(RawFact::amount).max(BigDecimal::compareTo).orElseThrow();
            case DISTINCT_COUNT -> BigDecimal.valueOf(facts.stream().map(f -> f.amount().stripTrailingZeros()).distinct().count());
            case LAST -> {
                Map<Long, RawFact> latest = new HashMap<>();
                Comparator<RawFact> order = Comparator.comparing(RawFact::date).thenComparingLong(RawFact::id);
                facts.forEach(f -> latest.merge(f.unitId(), f, (a, b) -> order.compare(a, b) >= 0 ? a : b));
                yield latest.values().stream().map(RawFact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            }
            default -> throw new IllegalArgumentException(aggregation + " is rolled up");
        };
    }

    private static BigDecimal finish(Aggregation aggregation, Totals t) {
        return switch (aggregation) {
            case COUNT -> BigDecimal.valueOf(t.count);
            case AVERAGE -> t.sum.divide(BigDecimal.valueOf(t.count), MathContext.DECIMAL64);
            default -> t.sum;
        };
    }

    private static void putIfData(Map<LocalDate, Map<String, BigDecimal>> result, LocalDate key, String code, BigDecimal v) {
        if (v != null) {
            result.computeIfAbsent(key, k -> new HashMap<>()).put(code, v);
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
