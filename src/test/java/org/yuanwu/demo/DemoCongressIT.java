package org.yuanwu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.common.DataScope;
import org.yuanwu.identity.Role;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserForm;
import org.yuanwu.organization.OrgUnitService;
import org.yuanwu.organization.StaffView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The demo congress, written through the union services for a small hospital of its own. */
class DemoCongressIT extends IntegrationTest {

    @Autowired
    DemoCongress demo;
    @Autowired
    UserAccounts users;
    @Autowired
    OrgUnitService units;

    @Test
    void theDemoHoldsASessionWithProposalsAndClosesAnEvaluationBallotedByItsDelegateUsers() {
        TestFixtures.Hospital h = fixtures.hospital();
        for (int i = 0; i < 24; i++) { // 25 staff in the department: two seats at one per ten
            fixtures.staff(i % 2 == 0 ? h.wardA().id() : h.wardB().id());
        }
        StaffView nurse = fixtures.staff(h.wardA().id());
        users.create(UserForm.of("a" + TestFixtures.unique("demo").toLowerCase(), nurse.name(), nurse.id(), h.wardA().id(),
                DataScope.OWN_UNIT, EnumSet.of(Role.STAFF_MEMBER)), TestFixtures.PASSWORD);
        List<org.yuanwu.organization.UnitView> subtree = units.subtreeIds(h.hospital().id()).stream()
                .map(id -> units.find(id).orElseThrow()).toList();

        String line = demo.generate(20260101L, subtree, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));

        Long term = jdbc.queryForObject("select id from union_congress_term where hospital_unit_id = ?", Long.class, h.hospital().id());
        assertThat(jdbc.queryForObject("select count(*) from union_congress_delegate where term_id = ? and staff_id = ?",
                Integer.class, term, nurse.id())).isEqualTo(1);
        assertThat(jdbc.queryForList("select status from union_congress_session where term_id = ? order by number",
                String.class, term)).containsExactly("CLOSED", "PLANNED");
        assertThat(jdbc.queryForObject("select count(*) from union_proposal p join union_congress_session s on s.id = p.session_id "
                + "where s.term_id = ?", Integer.class, term)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select count(*) from union_evaluation_ballot b join union_evaluation_round r on r.id = b.round_id "
                + "where r.term_id = ? and r.status = 'CLOSED'", Integer.class, term)).isEqualTo(1);
        assertThat(line).contains("4 proposals", "1 evaluation ballots");
    }
}
