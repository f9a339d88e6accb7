package org.yuanwu.indicator.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
            if (byMonth) {
                for (LocalDate start = from; !start.isAfter(to); start = start.withDayOfMonth(1).plusMonths(1)) {
                    LocalDate end = min(to, start.withDayOfMonth(start.lengthOfMonth()));
                    putIfData(result, start, m.code(), rawValue(m, subtree, start, end));
                }
            } else {
                putIfData(result, from, m.code(), rawValue(m, subtree, from, to));
            }
        }
        return result;
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
                    select measure_code, fact_date, amount from indicator_fact
                    where measure_code = any(?) and unit_id = any(?) and fact_date between ? and ?""");
            ps.setArray(1, SqlArrays.ofStrings(con, codes));
            ps.setArray(2, SqlArrays.ofLongs(con, subtree));
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

    /** MIN, MAX, LAST and DISTINCT_COUNT straight from the facts; null when there are none. */
    private BigDecimal rawValue(MeasureView m, List<Long> subtree, LocalDate from, LocalDate to) {
        String select = switch (m.aggregation()) {
            case MIN -> "select min(amount) from indicator_fact";
            case MAX -> "select max(amount) from indicator_fact";
            case DISTINCT_COUNT -> "select case when count(*) = 0 then null else count(distinct amount) end from indicator_fact";
            // The latest value of each unit (latest date, then latest recorded), summed over the units.
            case LAST -> """
                    select sum(amount) from indicator_fact f
                    where f.id in (select max(l.id) from indicator_fact l
                                   where l.measure_code = ? and l.unit_id = any(?) and l.fact_date between ? and ?
                                     and l.fact_date = (select max(d.fact_date) from indicator_fact d
                                                        where d.measure_code = l.measure_code and d.unit_id = l.unit_id
                                                          and d.fact_date between ? and ?)
                                   group by l.unit_id)""";
            default -> throw new IllegalArgumentException(m.aggregation() + " is rolled up");
        };
        return jdbc.query(con -> {
            var ps = con.prepareStatement(m.aggregation() == Aggregation.LAST ? select
                    : select + " where measure_code = ? and unit_id = any(?) and fact_date between ? and ?");
            ps.setString(1, m.code());
            ps.setArray(2, SqlArrays.ofLongs(con, subtree));
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(to));
            if (m.aggregation() == Aggregation.LAST) {
                ps.setDate(5, Date.valueOf(from));
                ps.setDate(6, Date.valueOf(to));
            }
            return ps;
        }, rs -> rs.next() ? rs.getBigDecimal(1) : null);
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

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
