package org.yuanwu.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yuanwu.quality.FindingStatus;

class ExternalFindingTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 11, 2);
    private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");

    private static Finding opened(Long recurrenceOf) {
        return Finding.fromSource("safety.event", "17", 5L, "FALL", "跌倒防范措施未落实", null, OPENED,
                OPENED.plusDays(14), "床栏使用培训", 2L, recurrenceOf, "quality", NOW);
    }

    @Test
    void findingFromAnotherModuleHasNoInspectionNoPointsAndStartsOpenWithItsVerifier() {
        Finding f = opened(null);
        assertThat(f.isExternal()).isTrue();
        assertThat(f.getInspectionId()).isNull();
        assertThat(f.getPointsLost()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(f.getStatus()).isEqualTo(FindingStatus.OPEN);
        assertThat(f.getVerifierUnitId()).isEqualTo(2L);
        assertThat(f.getCorrectiveAction()).isEqualTo("床栏使用培训");
        assertThat(f.isRecurrence()).isFalse();
        assertThat(f.snapshot()).containsEntry("sourceType", "safety.event").containsEntry("sourceId", "17");
    }

    @Test
    void findingOpenedAfterAnEarlierOneOfTheSameKeyIsARecurrence() {
        Finding f = opened(41L);
        assertThat(f.isRecurrence()).isTrue();
        assertThat(f.getRecurrenceOfId()).isEqualTo(41L);
    }

    @Test
    void externalFindingPastItsDeadlineIsOverdueUntilAccepted() {
        Finding f = opened(null);
        assertThat(FindingRules.overdue(f.getStatus(), f.getDeadline(), OPENED.plusDays(15))).isTrue();
        f.answer("已培训", 3L, null, "head", NOW);
        f.accept("quality", NOW, OPENED.plusDays(15));
        assertThat(FindingRules.overdue(f.getStatus(), f.getDeadline(), OPENED.plusDays(15))).isFalse();
        assertThat(FindingRules.closedOnTime(f.getStatus(), f.getClosedOn(), f.getDeadline())).isFalse();
    }
}
