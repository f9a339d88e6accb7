package org.yuanwu.indicator.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.indicator.Fact;
import org.yuanwu.indicator.FactsRecorded;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.TreePaths;
import org.yuanwu.organization.UnitMoved;
import org.yuanwu.organization.UnitView;

/**
 * Stores facts and keeps the monthly roll-ups in step, in the caller's transaction: a source's old
 * facts are subtracted and deleted, its new facts inserted and added, for the fact's unit and every
 * unit above it. The roll-ups are therefore never stale; a unit move rebuilds the affected ancestors.
 */
@Component
public class FactStore {

    static final BigDecimal MAX_ABS_VALUE = new BigDecimal("1E13");
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final JdbcTemplate jdbc;
    private final OrgUnitService units;
    private final MeasureRepository measures;
    private final Clock clock;

    FactStore(JdbcTemplate jdbc, OrgUnitService units, MeasureRepository measures, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.measures = measures;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(FactsRecorded event) {
        replace(event.sourceType(), event.sourceId(), event.facts());
    }

    /** The source's facts become exactly {@code facts}. Bad facts are refused before anything changes. */
    @Transactional
    public void replace(String sourceType, String sourceId, List<Fact> facts) {
        if (sourceType == null || sourceType.isBlank() || sourceType.length() > 40
                || sourceId == null || sourceId.isBlank() || sourceId.length() > 200) {
            throw DomainException.invalid("source", "indicator.error.source");
        }
        Map<Long, List<Long>> ancestors = check(facts);
        Map<MonthKey, Delta> deltas = new HashMap<>();
        List<Map<String, Object>> old = jdbc.queryForList(
                "select measure_code, unit_id, fact_date, amount from indicator_fact where source_type = ? and source_id = ?",
                sourceType, sourceId);
        if (!old.isEmpty()) {
            Map<Long, List<Long>> oldAncestors = ancestorsOf(old.stream().map(r -> ((Number) r.get("unit_id")).longValue())
                    .collect(Collectors.toSet()));
            for (Map<String, Object> r : old) {
                add(deltas, oldAncestors, (String) r.get("measure_code"), ((Number) r.get("unit_id")).longValue(),
                        toLocalDate(r.get("fact_date")), ((BigDecimal) r.get("amount")).negate(), -1);
            }
            jdbc.update("delete from indicator_fact where source_type = ? and source_id = ?", sourceType, sourceId);
        }
        if (!facts.isEmpty()) {
            Timestamp now = Timestamp.from(Instant.now(clock));
            String by = CurrentActor.get().username();
            jdbc.batchUpdate("insert into indicator_fact (id, measure_code, unit_id, fact_date, amount, source_type, source_id,"
                            + " recorded_at, recorded_by) values (nextval('indicator_fact_seq'), ?, ?, ?, ?, ?, ?, ?, ?)",
                    facts, 500, (ps, f) -> {
                        ps.setString(1, f.measureCode());
                        ps.setLong(2, f.unitId());
                        ps.setDate(3, Date.valueOf(f.date()));
                        ps.setBigDecimal(4, f.value());
                        ps.setString(5, sourceType);
                        ps.setString(6, sourceId);
                        ps.setTimestamp(7, now);
                        ps.setString(8, by);
                    });
            for (Fact f : facts) {
                add(deltas, ancestors, f.measureCode(), f.unitId(), f.date(), f.value(), 1);
            }
        }
        apply(deltas);
    }

    /** Rebuilds the roll-ups of the units above a moved subtree (old and new ancestors). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(UnitMoved moved) {
        Set<Long> affected = new java.util.LinkedHashSet<>();
        for (String path : List.of(moved.oldPath(), moved.newPath())) {
            List<Long> ids = TreePaths.ids(path);
            affected.addAll(ids.subList(0, ids.size() - 1));
        }
        for (Long ancestor : affected) {
            rebuild(ancestor);
        }
    }

    /** Recomputes one unit's roll-up rows from the facts of its subtree. */
    void rebuild(Long unitId) {
        jdbc.update("delete from indicator_rollup_month where unit_id = ?", unitId);
        List<Long> subtree = units.subtreeIds(unitId);
        if (subtree.isEmpty()) {
            return;
        }
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into indicator_rollup_month (measure_code, unit_id, month_start, value_sum, value_count)
                    select measure_code, ?, cast(date_trunc('month', fact_date) as date), sum(amount), count(*)
                    from indicator_fact where unit_id = any(?)
                    group by measure_code, cast(date_trunc('month', fact_date) as date)""");
            ps.setLong(1, unitId);
            ps.setArray(2, SqlArrays.ofLongs(con, subtree));
            return ps;
        });
    }

    private Map<Long, List<Long>> check(List<Fact> facts) {
        Set<String> known = new java.util.HashSet<>();
        Set<Long> unitIds = new java.util.HashSet<>();
        for (Fact f : facts) {
            if (f.measureCode() == null || f.unitId() == null || f.date() == null || f.value() == null) {
                throw DomainException.invalid("facts", "indicator.error.incompleteFact");
            }
            if (!known.contains(f.measureCode())) {
                if (!measures.existsById(f.measureCode())) {
                    throw DomainException.invalid("measureCode", "indicator.error.unknownMeasure", f.measureCode());
                }
                known.add(f.measureCode());
            }
            if (f.date().isBefore(EARLIEST) || f.date().isAfter(LATEST)) {
                throw DomainException.invalid("date", "indicator.error.dateRange", f.date());
            }
            if (f.value().abs().compareTo(MAX_ABS_VALUE) >= 0 || f.value().scale() > 4) {
                throw DomainException.invalid("value", "indicator.error.valueRange", f.value().toPlainString());
            }
            unitIds.add(f.unitId());
        }
        Map<Long, List<Long>> ancestors = ancestorsOf(unitIds);
        for (Long id : unitIds) {
            if (!ancestors.containsKey(id)) {
                throw DomainException.invalid("unitId", "indicator.error.unknownUnit", id);
            }
        }
        return ancestors;
    }

    /** Each unit's id with those of all units above it, from the org tree's paths. */
    private Map<Long, List<Long>> ancestorsOf(Set<Long> unitIds) {
        Map<Long, List<Long>> result = new HashMap<>();
        for (Long id : unitIds) {
            units.find(id).map(UnitView::path).ifPresent(path -> result.put(id, TreePaths.ids(path)));
        }
        return result;
    }

    private static void add(Map<MonthKey, Delta> deltas, Map<Long, List<Long>> ancestors, String measure, Long unitId,
                            LocalDate date, BigDecimal value, long count) {
        LocalDate month = MonthKey.monthOf(date);
        for (Long ancestor : ancestors.getOrDefault(unitId, List.of(unitId))) {
            deltas.computeIfAbsent(new MonthKey(measure, ancestor, month), k -> new Delta()).add(value, count);
        }
    }

    /**
     * Adds the deltas to the roll-ups. Concurrent writers (500 exam submissions at once) may touch the same month:
     * each missing row is first inserted empty with "on conflict do nothing", then incremented in place, so two
     * writers never race on the insert. Keys go in a fixed order so their row locks cannot deadlock. Rows a
     * withdrawal emptied are removed among the touched keys only.
     */
    private void apply(Map<MonthKey, Delta> deltas) {
        List<Map.Entry<MonthKey, Delta>> changes = deltas.entrySet().stream()
                .filter(e -> e.getValue().count != 0 || e.getValue().sum.signum() != 0)
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(MonthKey::measureCode)
                        .thenComparing(MonthKey::unitId).thenComparing(MonthKey::monthStart)))
                .toList();
        if (changes.isEmpty()) {
            return;
        }
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> increments = new ArrayList<>();
        List<Object[]> emptied = new ArrayList<>();
        for (Map.Entry<MonthKey, Delta> e : changes) {
            MonthKey k = e.getKey();
            Delta d = e.getValue();
            Object[] key = {k.measureCode(), k.unitId(), Date.valueOf(k.monthStart())};
            keys.add(key);
            increments.add(new Object[] {d.sum, d.count, key[0], key[1], key[2]});
            if (d.count < 0) {
                emptied.add(key);
            }
        }
        jdbc.batchUpdate("insert into indicator_rollup_month (measure_code, unit_id, month_start, value_sum, value_count)"
                + " values (?, ?, ?, 0, 0) on conflict do nothing", keys);
        jdbc.batchUpdate("update indicator_rollup_month set value_sum = value_sum + ?, value_count = value_count + ?"
                + " where measure_code = ? and unit_id = ? and month_start = ?", increments);
        if (!emptied.isEmpty()) {
            jdbc.batchUpdate("delete from indicator_rollup_month where measure_code = ? and unit_id = ? and month_start = ?"
                    + " and value_count <= 0", emptied);
        }
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static final class Delta {
        BigDecimal sum = BigDecimal.ZERO;
        long count;

        void add(BigDecimal value, long n) {
            sum = sum.add(value);
            count += n;
        }
    }
}
