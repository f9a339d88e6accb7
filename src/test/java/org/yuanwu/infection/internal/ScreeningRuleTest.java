package org.yuanwu.infection.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuanwu.infection.EventKind;

class ScreeningRuleTest {

    private static final ScreeningRule FEVER = new ScreeningRule(EventKind.TEMPERATURE, new BigDecimal("38.0"), false, null, 48);
    private static final ScreeningRule STERILE = new ScreeningRule(EventKind.CULTURE, null, true,
            ScreeningRule.parseSpecimens("血液，脑脊液, 胸水"), 48);

    private static BigDecimal t(String v) {
        return new BigDecimal(v);
    }

    @Test
    void feverCountsFrom38Point0AndOnlyMoreThan48HoursAfterAdmission() {
        assertThat(FEVER.matches(EventKind.TEMPERATURE, 48 * 60 + 1, t("38.0"), null, null)).isTrue();
        assertThat(FEVER.matches(EventKind.TEMPERATURE, 48 * 60, t("39.5"), null, null)).as("exactly 48 h is not more than 48 h").isFalse();
        assertThat(FEVER.matches(EventKind.TEMPERATURE, 72 * 60, t("37.9"), null, null)).isFalse();
        assertThat(FEVER.matches(EventKind.TEMPERATURE, 72 * 60, null, null, null)).isFalse();
        assertThat(FEVER.matches(EventKind.CULTURE, 72 * 60, t("38.5"), null, null)).as("another kind of event").isFalse();
    }

    @Test
    void aSterileSiteCultureMustBePositiveAndFromAListedSpecimen() {
        assertThat(STERILE.specimens()).containsExactly("血液", "脑脊液", "胸水");
        assertThat(STERILE.matches(EventKind.CULTURE, 60 * 60, null, "血液", true)).isTrue();
        assertThat(STERILE.matches(EventKind.CULTURE, 60 * 60, null, " 脑脊液 ", true)).isTrue();
        assertThat(STERILE.matches(EventKind.CULTURE, 60 * 60, null, "痰", true)).isFalse();
        assertThat(STERILE.matches(EventKind.CULTURE, 60 * 60, null, "血液", false)).isFalse();
        assertThat(STERILE.matches(EventKind.CULTURE, 60 * 60, null, "血液", null)).isFalse();
        assertThat(STERILE.matches(EventKind.CULTURE, 24 * 60, null, "血液", true)).isFalse();
    }

    @Test
    void theSqlConditionCarriesTheSameThresholds() {
        List<Object> params = new ArrayList<>();
        String where = STERILE.where(params);
        assertThat(where).isEqualTo("e.kind = ? and e.minutes_after_admission > ? and e.positive = true and e.specimen in (?, ?, ?)");
        assertThat(params).containsExactly("CULTURE", 48 * 60, "血液", "脑脊液", "胸水");
        params.clear();
        assertThat(FEVER.where(params)).isEqualTo("e.kind = ? and e.minutes_after_admission > ? and e.amount >= ?");
        assertThat(params).containsExactly("TEMPERATURE", 2880, t("38.0"));
    }

    @Test
    void everyBuiltInRuleGivesWhatItsOwnTestCasesExpect() {
        for (ScreeningRuleLoader.Seed seed : ScreeningRuleLoader.SEEDS) {
            ScreeningRule rule = new ScreeningRule(seed.kind(), seed.minAmount() == null ? null : t(seed.minAmount()),
                    seed.positive(), ScreeningRule.parseSpecimens(seed.specimens()), seed.afterHours());
            assertThat(seed.cases()).extracting(c -> (Boolean) c[5]).contains(true, false);
            for (Object[] c : seed.cases()) {
                assertThat(rule.matches(seed.kind(), (Integer) c[1], c[2] == null ? null : t((String) c[2]), (String) c[3],
                        (Boolean) c[4])).as(seed.code() + ": " + c[0]).isEqualTo(c[5]);
            }
        }
    }
}
