package org.yuanwu.infection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InfectionRulesTest {

    @Test
    void onsetOnTheDayOfAdmissionOrTheNextIsPossiblyCommunityAcquired() {
        LocalDate admitted = LocalDate.of(2026, 3, 1);
        assertThat(InfectionCaseService.possiblyCommunityAcquired(admitted, admitted)).isTrue();
        assertThat(InfectionCaseService.possiblyCommunityAcquired(admitted, admitted.plusDays(1))).isTrue();
        assertThat(InfectionCaseService.possiblyCommunityAcquired(admitted, admitted.plusDays(2))).isFalse();
    }

    @Test
    void aDeviceCountsOnlyWithTheSiteItCauses() {
        assertThat(DeviceAssociation.CENTRAL_LINE.measureFor(InfectionSite.BLOODSTREAM)).isEqualTo("infection.clabsi_cases");
        assertThat(DeviceAssociation.URINARY_CATHETER.measureFor(InfectionSite.URINARY)).isEqualTo("infection.cauti_cases");
        assertThat(DeviceAssociation.VENTILATOR.measureFor(InfectionSite.LOWER_RESPIRATORY)).isEqualTo("infection.vap_cases");
        assertThat(DeviceAssociation.VENTILATOR.measureFor(InfectionSite.URINARY)).isNull();
        assertThat(DeviceAssociation.NONE.measureFor(InfectionSite.BLOODSTREAM)).isNull();
    }
}
