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

/** The demo's record audits and radiology QC go through the services into the tables, with their facts. */
class DemoRecordsAndRadiologyIT extends IntegrationTest {

    @Autowired
    DemoRecordsAndRadiology demo;

    @Test
    void theDemoAuditsRecordsInTheWardsAndFillsTheImagingDepartmentsQc() {
        TestFixtures.Hospital h = fixtures.hospital();
        UnitView imaging = fixtures.unit("影像科" + TestFixtures.unique(""), OrgUnitKind.DEPARTMENT, h.hospital().id());
        fixtures.staff(imaging.id());
        fixtures.staff(imaging.id());
        String line = demo.generate(System.nanoTime(), List.of(h.hospital(), h.department(), h.wardA(), h.wardB(), imaging),
                LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(line).isEqualTo("30 record audits, 147 radiology QC records");
        assertThat(jdbc.queryForObject("select count(*) from quality_record_audit where unit_id in (?, ?)", Long.class,
                h.wardA().id(), h.wardB().id())).isEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from quality_radiology_followup where unit_id = ?", Long.class,
                imaging.id())).isEqualTo(18);
        assertThat(jdbc.queryForObject("select count(*) from indicator_fact where measure_code = 'quality.diagnosis_followed' "
                + "and unit_id = ?", Long.class, imaging.id())).isEqualTo(18);
    }
}
