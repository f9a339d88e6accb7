package org.yuanwu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.organization.UnitView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The demo's union activities record is written through the union services, and is the same for the same seed. */
class DemoUnionActivitiesIT extends IntegrationTest {

    @Autowired
    DemoUnionActivities demo;

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void theDemoRecordHasClubsActivitiesAContestHonoursAndAHealthCheck() {
        TestFixtures.Hospital h = fixtures.hospital();
        for (int i = 0; i < 20; i++) {
            fixtures.staff(i % 2 == 0 ? h.wardA().id() : h.wardB().id());
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<UnitView> units = List.of(h.hospital(), h.department(), h.wardA(), h.wardB());
        String line = demo.generate(20260101L, units, today);

        assertThat(line).contains("5 clubs");
        assertThat(count("select count(*) from union_club where name = '摄影协会'")).isEqualTo(1);
        assertThat(count("select count(*) from union_activity where organiser_unit_id = ?", h.hospital().id())).isEqualTo(10);
        assertThat(count("select count(*) from union_contest_entrant e join union_contest c on c.id = e.contest_id"
                + " where c.organiser_unit_id = ?", h.hospital().id())).isEqualTo(12);
        assertThat(count("select count(*) from union_honour where status = 'AWARDED' and unit_id in (?, ?, ?, ?)",
                h.hospital().id(), h.department().id(), h.wardA().id(), h.wardB().id())).isEqualTo(5);
        assertThat(count("select count(*) from union_health_campaign")).isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from audit_entry where record_type = 'union_activity'")).isGreaterThanOrEqualTo(10);
    }
}
