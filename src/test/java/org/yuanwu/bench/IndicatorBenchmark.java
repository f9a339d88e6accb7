package org.yuanwu.bench;

import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yuanwu.YuanwuApplication;
import org.yuanwu.indicator.IndicatorCatalog;
import org.yuanwu.indicator.IndicatorEngine;
import org.yuanwu.indicator.IndicatorView;
import org.yuanwu.indicator.Period;
import org.yuanwu.indicator.PeriodType;

/**
 * A large hospital group in PostgreSQL — 1 group, 10 hospitals, 200 departments, 1,800 wards
 * (2,011 units) and about 21.7 million facts over 2022–2026 — then p50/p95 of (a) a group-wide
 * dashboard of 30 indicators × 12 months and (b) one indicator by every child of the root for a
 * year, each beside hand-written SQL giving the same numbers. Run by bench/indicators.sh.
 *
 * Usage: IndicatorBenchmark ITERATIONS [spring arguments…] (the database must be empty: it is filled here)
 */
public final class IndicatorBenchmark {

    static final int HOSPITALS = 10;
    static final int DEPARTMENTS_PER_HOSPITAL = 20;
    static final int WARDS_PER_DEPARTMENT = 9;
    static final int FACTS_PER_WARD_MEASURE_MONTH = 3;
    static final int FIRST_YEAR = 2022;
    static final int YEARS = 5;

    public static void main(String[] args) throws Exception {
        int iterations = Integer.parseInt(args[0]);
        SpringApplication app = new SpringApplication(YuanwuApplication.class);
        app.setDefaultProperties(Map.of("server.port", "0"));
        try (ConfigurableApplicationContext ctx = app.run(Arrays.copyOfRange(args, 1, args.length))) {
            JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
            jdbc.setQueryTimeout(0);
            // A database filled by an earlier run is measured again as it is (YUANWU_BENCH_DB in bench/indicators.sh).
            Long existing = jdbc.queryForObject("select min(id) from org_unit where parent_id is null", Long.class);
            long root = existing != null ? existing : generate(jdbc);
            IndicatorEngine engine = ctx.getBean(IndicatorEngine.class);
            List<String> codes = ctx.getBean(IndicatorCatalog.class).all().stream().map(IndicatorView::code).limit(30).toList();
            List<String> measures = ctx.getBean(IndicatorCatalog.class).all().stream().limit(30)
                    .flatMap(i -> measureCodes(i).stream()).distinct().toList();
            Period year = Period.year(2025);
            List<Long> subtree = jdbc.queryForList("select id from org_unit", Long.class);
            System.out.printf("data: %d units, %d facts, %d roll-up rows; %d indicators over %d measures%n",
                    jdbc.queryForObject("select count(*) from org_unit", Long.class),
                    jdbc.queryForObject("select count(*) from indicator_fact", Long.class),
                    jdbc.queryForObject("select count(*) from indicator_rollup_month", Long.class), codes.size(), measures.size());

            // (a) group-wide dashboard: 30 indicators × 12 months.
            time("(a) engine: 30 indicators x 12 months, whole group", iterations,
                    () -> engine.trend(codes, root, year, PeriodType.MONTH));
            time("(a) hand-written SQL over the facts", iterations, () -> jdbc.query(con -> {
                var ps = con.prepareStatement("""
                        select measure_code, cast(date_trunc('month', fact_date) as date), sum(amount), count(*)
                        from indicator_fact where measure_code = any(?) and unit_id = any(?) and fact_date between ? and ?
                        group by 1, 2""");
                ps.setArray(1, con.createArrayOf("varchar", measures.toArray()));
                ps.setArray(2, con.createArrayOf("bigint", subtree.toArray()));
                ps.setDate(3, Date.valueOf(year.start()));
                ps.setDate(4, Date.valueOf(year.end()));
                return ps;
            }, (rs, i) -> rs.getBigDecimal(3)));
            time("(a) hand-written SQL over the roll-ups", iterations, () -> jdbc.query(con -> {
                var ps = con.prepareStatement("""
                        select measure_code, month_start, value_sum, value_count from indicator_rollup_month
                        where unit_id = ? and measure_code = any(?) and month_start between ? and ?""");
                ps.setLong(1, root);
                ps.setArray(2, con.createArrayOf("varchar", measures.toArray()));
                ps.setDate(3, Date.valueOf(year.start()));
                ps.setDate(4, Date.valueOf(year.end()));
                return ps;
            }, (rs, i) -> rs.getBigDecimal(3)));

            // (b) one indicator for every child of the root, for a year.
            String code = "infection.hai_incidence";
            time("(b) engine: " + code + " by child of the root, one year", iterations, () -> engine.byChild(code, root, year));
            time("(b) hand-written SQL over the facts", iterations, () -> jdbc.query("""
                    select c.id, f.measure_code, sum(f.amount)
                    from org_unit c join org_unit u on u.path like c.path || '%'
                    join indicator_fact f on f.unit_id = u.id
                    where c.parent_id = ? and f.measure_code in ('infection.hai_cases', 'census.discharges')
                      and f.fact_date between ? and ?
                    group by c.id, f.measure_code""", (rs, i) -> rs.getBigDecimal(3), root,
                    Date.valueOf(year.start()), Date.valueOf(year.end())));
            time("(b) hand-written SQL over the roll-ups", iterations, () -> jdbc.query("""
                    select r.unit_id, r.measure_code, sum(r.value_sum)
                    from indicator_rollup_month r join org_unit c on c.id = r.unit_id
                    where c.parent_id = ? and r.measure_code in ('infection.hai_cases', 'census.discharges')
                      and r.month_start between ? and ?
                    group by r.unit_id, r.measure_code""", (rs, i) -> rs.getBigDecimal(3), root,
                    Date.valueOf(year.start()), Date.valueOf(year.end())));

            // The engine and the hand-written query agree (printed for the results file).
            var check = engine.byChild(code, root, year).get(0);
            System.out.printf("check: first hospital %s = %s / %s -> %s%n", code, check.numerator(), check.denominator(), check.value());
        }
    }

    private static List<String> measureCodes(IndicatorView i) {
        List<String> codes = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("#\\{([^}]+)}").matcher(i.numerator() + " " + (i.denominator() == null ? "" : i.denominator()));
        while (m.find()) {
            codes.add(m.group(1).trim());
        }
        return codes;
    }

    /** Fills the empty database; returns the group's (the root's) id. */
    private static long generate(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        List<Object[]> units = new ArrayList<>();
        long id = 1;
        long root = id;
        String now = "2026-01-01T00:00:00Z";
        units.add(new Object[] {id, "G", "演示医疗集团", "INSTITUTION", null, "/1/", 0, null});
        List<Long> wards = new ArrayList<>();
        for (int h = 1; h <= HOSPITALS; h++) {
            long hid = ++id;
            String hpath = "/1/" + hid + "/";
            units.add(new Object[] {hid, "G-H" + h, "第" + h + "医院", "INSTITUTION", root, hpath, 1, null});
            for (int d = 1; d <= DEPARTMENTS_PER_HOSPITAL; d++) {
                long did = ++id;
                String dpath = hpath + did + "/";
                units.add(new Object[] {did, "G-H" + h + "-D" + d, "科室" + d, "DEPARTMENT", hid, dpath, 2, null});
                for (int w = 1; w <= WARDS_PER_DEPARTMENT; w++) {
                    long wid = ++id;
                    units.add(new Object[] {wid, "G-H" + h + "-D" + d + "-W" + w, "病区" + w, "WARD", did, dpath + wid + "/", 3, 40});
                    wards.add(wid);
                }
            }
        }
        jdbc.batchUpdate("insert into org_unit (id, code, name, kind, parent_id, path, depth, bed_count, active, version,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, true, 0, timestamp '2026-01-01 00:00:00',"
                + " timestamp '2026-01-01 00:00:00')", units);
        jdbc.execute("select setval('org_unit_seq', " + (id + 1) + ")");
        jdbc.execute("create temporary table bench_ward (unit_id bigint primary key, idx int)");
        List<Object[]> wardRows = new ArrayList<>();
        for (int i = 0; i < wards.size(); i++) {
            wardRows.add(new Object[] {wards.get(i), i});
        }
        jdbc.batchUpdate("insert into bench_ward values (?, ?)", wardRows);
        jdbc.execute("create temporary table bench_measure as select code, cast(row_number() over (order by code) - 1 as int) as idx from indicator_measure");
        int measureCount = jdbc.queryForObject("select count(*) from bench_measure", Integer.class);
        // Facts: every ward, every measure, every month of five years, three facts a month.
        jdbc.execute("alter table indicator_fact drop constraint if exists indicator_fact_measure_code_fkey");
        jdbc.execute("drop index if exists indicator_fact_measure_date_idx");
        jdbc.execute("drop index if exists indicator_fact_source_idx");
        jdbc.execute("drop index if exists indicator_fact_measure_unit_idx");
        jdbc.execute("""
                insert into indicator_fact (id, measure_code, unit_id, fact_date, amount, source_type, source_id, recorded_at, recorded_by)
                select ((w.idx * %d + m.idx) * %d + mo) * %d + k,
                       m.code, w.unit_id,
                       (date '%d-01-01' + make_interval(months => mo) + make_interval(days => (w.idx + m.idx * 7 + k * 9) %% 28))::date,
                       (w.idx + m.idx + mo + k) %% 20 + 1,
                       'bench', ((w.idx * %d + m.idx) * %d + mo) * %d + k,
                       timestamp '2026-01-01 00:00:00', 'bench'
                from bench_ward w cross join bench_measure m cross join generate_series(0, %d) mo
                     cross join generate_series(1, %d) k""".formatted(measureCount, YEARS * 12, FACTS_PER_WARD_MEASURE_MONTH,
                FIRST_YEAR, measureCount, YEARS * 12, FACTS_PER_WARD_MEASURE_MONTH, YEARS * 12 - 1, FACTS_PER_WARD_MEASURE_MONTH));
        jdbc.execute("create index indicator_fact_measure_date_idx on indicator_fact (measure_code, fact_date, unit_id)");
        jdbc.execute("create index indicator_fact_source_idx on indicator_fact (source_type, source_id)");
        jdbc.execute("create index indicator_fact_measure_unit_idx on indicator_fact (measure_code, unit_id, fact_date)");
        jdbc.execute("alter table indicator_fact add constraint indicator_fact_measure_code_fkey foreign key (measure_code) references indicator_measure (code)");
        jdbc.execute("select setval('indicator_fact_seq', (select max(id) + 1 from indicator_fact))");
        // Roll-ups for every unit's subtree, as FactStore keeps them.
        jdbc.execute("""
                create temporary table bench_ancestor as
                select u.id as unit_id, a.id as ancestor_id from org_unit u join org_unit a on u.path like a.path || '%'""");
        jdbc.execute("""
                insert into indicator_rollup_month (measure_code, unit_id, month_start, value_sum, value_count)
                select f.measure_code, a.ancestor_id, cast(date_trunc('month', f.fact_date) as date), sum(f.amount), count(*)
                from indicator_fact f join bench_ancestor a on a.unit_id = f.unit_id
                group by 1, 2, 3""");
        jdbc.execute("analyze");
        System.out.printf("generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
        return root;
    }

    private static void time(String label, int iterations, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("RESULT %-60s p50 %8.1f ms  p95 %8.1f ms  (n=%d)%n", label, nanos[iterations / 2] / 1e6,
                nanos[(int) Math.ceil(iterations * 0.95) - 1] / 1e6, iterations);
    }
}
