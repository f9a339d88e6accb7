package org.yuanwu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.support.IntegrationTest;

/** The demo hospital, generated through the real services into the database (H2 and PostgreSQL). */
class DemoHospitalIT extends IntegrationTest {

    @Autowired
    DemoHospitalGenerator generator;

    @Autowired
    DemoInfection infection;

    @Autowired
    org.yuanwu.organization.OrgUnitService units;

    @Autowired
    java.util.List<DemoContribution> contributions;

    @Autowired
    org.yuanwu.indicator.IndicatorEngine engine;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void theDemoHasTheHospitalTheTownshipAndTheSchoolTheIssueAsksForAndItsUsersCanWork() throws Exception {
        DemoSummary summary = generator.generate(20260101L, 1);

        String hospital = jdbc.queryForObject("select path from org_unit where code = 'H01'", String.class);
        assertThat(count("select count(*) from org_unit where kind = 'DEPARTMENT' and path like ?", hospital + "%")).isEqualTo(15);
        assertThat(count("select count(*) from org_unit where kind = 'WARD' and path like ?", hospital + "%")).isEqualTo(40);
        assertThat(count("select count(*) from org_staff s join org_unit u on u.id = s.unit_id where u.path like ?", hospital + "%"))
                .isEqualTo(600);
        String township = jdbc.queryForObject("select path from org_unit where code = 'T01'", String.class);
        assertThat(count("select count(*) from org_unit where kind = 'VILLAGE_CLINIC' and path like ?", township + "%")).isEqualTo(5);
        String school = jdbc.queryForObject("select path from org_unit where code = 'S01'", String.class);
        assertThat(count("select count(*) from org_unit where kind = 'HEALTH_ROOM' and path like ?", school + "%")).isEqualTo(1);
        assertThat(summary.users()).isEqualTo(14);
        assertThat(count("select count(distinct r.role) from identity_user_role r join identity_user u on u.id = r.user_id"
                + " where u.username in ('sysadmin','leader','nursing','headnurse','quality','infection','healthedu','union',"
                + "'party','logistics','depthead','clinicdoc','occhealth','staff1')")).isEqualTo(14);
        // Names are realistic Chinese names: two or three Han characters.
        assertThat(jdbc.queryForList("select s.name from org_staff s join org_unit u on u.id = s.unit_id where u.path like ?",
                String.class, hospital + "%")).allMatch(n -> n.matches("\\p{IsHan}{2,3}"));

        // The demo head nurse signs in and sees her own ward's staff only.
        var session = signIn("headnurse", summary.password());
        Long ward = jdbc.queryForObject("select scope_unit_id from identity_user where username = 'headnurse'", Long.class);
        long inWard = count("select count(*) from org_staff where unit_id = ?", ward);
        mvc.perform(get("/staff").session(session)).andExpect(
                org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.containsString("id=\"staff-count\"")));
        String token = fixtures.tokenFor(java.util.Set.of(org.yuanwu.identity.Role.HEAD_NURSE),
                org.yuanwu.common.DataScope.OWN_UNIT, ward);
        mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.totalItems").value(inWard));

        // A year of infection control: census for every ward and month, cases mostly confirmed, suspects to review.
        java.time.LocalDate today = java.time.LocalDate.now(DemoInfection.ZONE);
        var wards = units.allVisible(true).stream().filter(u -> u.path().startsWith(hospital)).toList();
        int cases = infection.generate(20260101L, wards, today);
        assertThat(cases).isPositive();
        assertThat(count("select count(*) from infection_census c join org_unit u on u.id = c.unit_id where u.path like ?",
                hospital + "%")).isEqualTo(40 * 12);
        assertThat(count("select count(*) from infection_case c join org_unit u on u.id = c.unit_id where u.path like ?"
                + " and c.status = 'CONFIRMED'", hospital + "%")).isPositive().isLessThan(cases);
        assertThat(count("select count(*) from infection_suspect s join org_unit u on u.id = s.unit_id where u.path like ?",
                hospital + "%")).isPositive();
        Long hospitalId = count("select id from org_unit where code = 'H01'");
        var lastMonth = java.time.YearMonth.from(today).minusMonths(2);
        var rate = engine.value("infection.hai_incidence", hospitalId,
                org.yuanwu.indicator.Period.month(lastMonth.getYear(), lastMonth.getMonthValue()));
        assertThat(rate.value()).isNotNull().isBetween(java.math.BigDecimal.ZERO, new java.math.BigDecimal("10"));

        // Every office's share of the demo runs through its services on the same hospital, except those with a test of
        // their own (DemoXxxIT), which this shared test database has already seen: their fixed names (clubs, branches)
        // are taken. bench/startup.sh runs them all together on an empty database.
        for (DemoContribution contribution : contributions) {
            String name = org.springframework.util.ClassUtils.getUserClass(contribution).getName();
            if (org.springframework.util.ClassUtils.isPresent(name + "IT", getClass().getClassLoader())) {
                continue;
            }
            assertThat(contribution.generate(20260101L, wards, today)).as(name).isNotBlank();
        }
        assertThat(count("select count(*) from training_session s join training_course c on c.id = s.course_id"
                + " join org_unit u on u.id = c.unit_id where u.path like ? and s.status = 'HELD'", hospital + "%")).isPositive();
        assertThat(count("select count(*) from quality_inspection i join org_unit u on u.id = i.unit_id where u.path like ?"
                + " and i.status = 'PUBLISHED'", hospital + "%")).isPositive();
        assertThat(count("select count(*) from union_member m join org_unit u on u.id = m.unit_id where u.path like ?",
                hospital + "%")).isPositive();
        assertThat(count("select count(*) from (select entry_id from union_fund_line group by entry_id"
                + " having sum(debit_fen) <> sum(credit_fen)) t")).as("every fund entry balances").isZero();
        var attendance = engine.value("nursing.training_attendance_rate", hospitalId,
                org.yuanwu.indicator.Period.year(today.getYear()));
        assertThat(attendance.value()).isNotNull().isBetween(new java.math.BigDecimal("70"), new java.math.BigDecimal("100"));
    }
}
