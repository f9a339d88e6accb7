package org.yuanwu.infection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yuanwu.infection.FollowUp;
import org.yuanwu.infection.SampleKind;
import org.yuanwu.infection.UvLampType;
import org.yuanwu.organization.HygieneClass;

class HygieneLimitsTest {

    private final HygieneLimits limits = new HygieneLimits();

    private InfectionSample sample(SampleKind kind, HygieneClass c, String cfu) {
        return new InfectionSample(1L, LocalDate.of(2026, 3, 1), kind, "点", c, new BigDecimal(cfu), limits.limit(kind, c), null,
                "t", Instant.now());
    }

    @Test
    void eachEnvironmentClassPassesAtItsLimitAndFailsJustAbove() {
        for (HygieneClass c : HygieneClass.values()) {
            assertThat(sample(SampleKind.AIR, c, "4").isPassed()).as("air " + c).isTrue();
            assertThat(sample(SampleKind.AIR, c, "4.01").isPassed()).as("air " + c).isFalse();
        }
        assertThat(limits.limit(SampleKind.SURFACE, HygieneClass.I)).isEqualByComparingTo("5");
        assertThat(limits.limit(SampleKind.SURFACE, HygieneClass.II)).isEqualByComparingTo("5");
        assertThat(limits.limit(SampleKind.SURFACE, HygieneClass.III)).isEqualByComparingTo("10");
        assertThat(limits.limit(SampleKind.SURFACE, HygieneClass.IV)).isEqualByComparingTo("10");
        assertThat(sample(SampleKind.SURFACE, HygieneClass.II, "5").isPassed()).isTrue();
        assertThat(sample(SampleKind.SURFACE, HygieneClass.II, "6").isPassed()).isFalse();
        assertThat(sample(SampleKind.SURFACE, HygieneClass.III, "10").isPassed()).isTrue();
        assertThat(sample(SampleKind.SURFACE, HygieneClass.IV, "11").isPassed()).isFalse();
    }

    @Test
    void handsAndDisinfectantsHaveTheirOwnLimitsAndASterilantAllowsNoGrowth() {
        assertThat(sample(SampleKind.HANDS_HYGIENIC, null, "10").isPassed()).isTrue();
        assertThat(sample(SampleKind.HANDS_SURGICAL, null, "6").isPassed()).isFalse();
        assertThat(sample(SampleKind.DISINFECTANT_STERILANT, null, "0").isPassed()).isTrue();
        InfectionSample grown = sample(SampleKind.DISINFECTANT_STERILANT, null, "1");
        assertThat(grown.isPassed()).isFalse();
        assertThat(grown.getFollowUp()).isEqualTo(FollowUp.OPEN);
        assertThat(sample(SampleKind.DISINFECTANT_SKIN_MUCOSA, null, "10").isPassed()).isTrue();
        assertThat(sample(SampleKind.DISINFECTANT_OTHER, null, "100").isPassed()).isTrue();
        assertThat(sample(SampleKind.DISINFECTANT_OTHER, null, "101").getFollowUp()).isEqualTo(FollowUp.OPEN);
    }

    @Test
    void uvLampsPassAtOrAboveTheirLimit() {
        assertThat(limits.uvLimit(UvLampType.ORDINARY_30W, true)).isEqualByComparingTo("90");
        assertThat(limits.uvLimit(UvLampType.HIGH_INTENSITY, true)).isEqualByComparingTo("180");
        assertThat(limits.uvLimit(UvLampType.ORDINARY_30W, false)).isEqualByComparingTo("70");
        assertThat(new UvReading(1L, LocalDate.of(2026, 3, 1), new BigDecimal("70"), false, new BigDecimal("70"), "t", Instant.now())
                .isPassed()).isTrue();
        assertThat(new UvReading(1L, LocalDate.of(2026, 3, 1), new BigDecimal("69.9"), false, new BigDecimal("70"), "t", Instant.now())
                .isPassed()).isFalse();
    }
}
