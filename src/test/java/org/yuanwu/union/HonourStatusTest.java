package org.yuanwu.union;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HonourStatusTest {

    @Test
    void anHonourIsRecommendedBeforeItIsAwarded() {
        assertThat(HonourStatus.APPLIED.mayMoveTo(HonourStatus.RECOMMENDED)).isTrue();
        assertThat(HonourStatus.APPLIED.mayMoveTo(HonourStatus.AWARDED)).isFalse();
        assertThat(HonourStatus.RECOMMENDED.mayMoveTo(HonourStatus.AWARDED)).isTrue();
    }

    @Test
    void notAwardedIsADecisionOnAPendingEntryOnly() {
        assertThat(HonourStatus.APPLIED.mayMoveTo(HonourStatus.NOT_AWARDED)).isTrue();
        assertThat(HonourStatus.RECOMMENDED.mayMoveTo(HonourStatus.NOT_AWARDED)).isTrue();
        assertThat(HonourStatus.AWARDED.mayMoveTo(HonourStatus.NOT_AWARDED)).isFalse();
    }

    @Test
    void aDecisionIsFinalExceptForWithdrawingAMistakenEntry() {
        for (HonourStatus next : HonourStatus.values()) {
            assertThat(HonourStatus.AWARDED.mayMoveTo(next)).isEqualTo(next == HonourStatus.WITHDRAWN);
            assertThat(HonourStatus.WITHDRAWN.mayMoveTo(next)).isFalse();
        }
    }
}
