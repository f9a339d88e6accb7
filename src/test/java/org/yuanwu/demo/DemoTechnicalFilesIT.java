package org.yuanwu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.support.IntegrationTest;
import org.yuanwu.support.TestFixtures;

/** The demo's technical-file credits are written through the credit service, each with its evidence. */
class DemoTechnicalFilesIT extends IntegrationTest {

    @Autowired
    DemoTechnicalFiles demo;

    @Test
    void theDemoGivesSomeNursesExternalCreditsAndFurtherStudyWithEvidence() {
        TestFixtures.Hospital h = fixtures.hospital();
        for (int i = 0; i < DemoTechnicalFiles.STAFF_PER_WARD; i++) {
            fixtures.staff(h.wardA().id());
        }
        String line = demo.generate(20260101L, List.of(h.wardA()), LocalDate.now(HospitalTime.ZONE));

        long entries = jdbc.queryForObject("select count(*) from training_credit_entry where unit_id = ?", Long.class,
                h.wardA().id());
        assertThat(entries).isPositive();
        String[] counts = line.split(" ");
        assertThat(Long.parseLong(counts[0]) + Long.parseLong(counts[4])).isEqualTo(entries);
        assertThat(jdbc.queryForObject("select count(*) from training_credit_entry where unit_id = ? and evidence = ''",
                Long.class, h.wardA().id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry a join training_credit_entry e"
                + " on a.record_id = cast(e.id as varchar(64)) where a.record_type = 'training_credit_entry' and e.unit_id = ?",
                Long.class, h.wardA().id())).isEqualTo(entries);
    }
}
