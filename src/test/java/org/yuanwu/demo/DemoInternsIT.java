package org.yuanwu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.ProfessionalTitle;
import org.yuanwu.organization.StaffForm;
import org.yuanwu.organization.StaffService;
import org.yuanwu.organization.UnitView;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The demo's interns go through the intern services and keep their rules (tutors 护师 or above, one vote each). */
class DemoInternsIT extends IntegrationTest {

    @Autowired
    DemoInterns interns;
    @Autowired
    StaffService staff;

    @Test
    void theDemoIntakeHasEightInternsRotatingThroughSixWardsWithQualifiedTutorsAndAtMostOneVoteEach() {
        TestFixtures.Hospital h = fixtures.hospital();
        List<UnitView> units = new ArrayList<>(List.of(h.hospital(), h.department(), h.wardA(), h.wardB()));
        for (int i = 0; i < 4; i++) {
            units.add(fixtures.unit("病区" + i, OrgUnitKind.WARD, h.department().id()));
        }
        for (UnitView u : units) {
            if (u.kind() == OrgUnitKind.WARD) {
                fixtures.staff(u.id());
                StaffForm junior = fixtures.staffForm(u.id());
                junior.setTitle(ProfessionalTitle.NURSE);
                staff.create(junior);
            }
        }
        String line = interns.generate(20260101L, units, LocalDate.now(HospitalTime.ZONE));
        assertThat(line).startsWith("8 interns");
        long intakeId = jdbc.queryForObject("select id from training_intern_intake where unit_id = ?", Long.class, h.hospital().id());
        assertThat(jdbc.queryForObject("select count(*) from training_intern where intake_id = ?", Long.class, intakeId)).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from training_intern_rotation where intake_id = ?", Long.class, intakeId))
                .isEqualTo(48);
        assertThat(jdbc.queryForObject("select count(*) from training_intern_rotation r join org_staff s on s.id = r.tutor_staff_id "
                + "where r.intake_id = ? and (s.title = 'NURSE' or s.unit_id <> r.unit_id)", Long.class, intakeId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from training_intern_rotation where intake_id = ? and tutor_staff_id is not null",
                Long.class, intakeId)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from training_intern_vote where intake_id = ?", Long.class, intakeId))
                .isBetween(1L, 8L);
        assertThat(jdbc.queryForObject("select count(*) from training_intern_exit_score where intake_id = ?", Long.class, intakeId))
                .isPositive();
    }
}
