package org.yuanwu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The demo party office is written through the party services: a branch, members, meetings, conduct and its facts. */
class DemoPartyIT extends IntegrationTest {

    @Autowired
    DemoParty party;

    @Test
    void theDemoGivesEachDepartmentABranchWithMembersMeetingsAndConductRecords() {
        UnitView hospital = fixtures.unit(TestFixtures.unique("演示医院"), OrgUnitKind.INSTITUTION, null);
        UnitView department = fixtures.unit(TestFixtures.unique("儿科"), OrgUnitKind.DEPARTMENT, hospital.id());
        UnitView ward = fixtures.unit(TestFixtures.unique("儿科病区"), OrgUnitKind.WARD, department.id());
        for (int i = 0; i < 10; i++) {
            fixtures.staff(ward.id());
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String line = party.generate(20260101L, List.of(hospital, department, ward), today);

        assertThat(line).startsWith("1 party branches, 2 members");
        long branch = jdbc.queryForObject("select b.id from party_branch b join party_branch_unit u on u.branch_id = b.id "
                + "where u.unit_id = ?", Long.class, department.id());
        assertThat(jdbc.queryForObject("select count(*) from party_member where branch_id = ?", Long.class, branch)).isEqualTo(2L);
        assertThat(jdbc.queryForObject("select count(*) from party_meeting where branch_id = ?", Long.class, branch)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from party_study_session where unit_id = ?", Long.class, department.id()))
                .isEqualTo(4L);
        assertThat(jdbc.queryForObject("select count(*) from party_conduct where unit_id = ?", Long.class, ward.id())).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where unit_id = ? and measure_code like 'party.%'",
                Long.class, ward.id())).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from party_evaluation where unit_id = ?", Long.class, department.id()))
                .isEqualTo((long) today.getMonthValue() - 1);
    }
}
