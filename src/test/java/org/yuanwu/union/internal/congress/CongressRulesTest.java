package org.yuanwu.union.internal.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CongressRulesTest {

    @Test
    void aSessionIsQuorateFromExactlyTwoThirdsOfTheDelegates() {
        assertThat(CongressRules.quorate(20, 30, 2, 3)).isTrue();
        assertThat(CongressRules.quorate(19, 30, 2, 3)).isFalse();
        assertThat(CongressRules.quorate(2, 3, 2, 3)).isTrue();
        assertThat(CongressRules.quorate(1, 3, 2, 3)).isFalse();
        assertThat(CongressRules.quorate(21, 31, 2, 3)).isTrue();
        assertThat(CongressRules.quorate(20, 31, 2, 3)).isFalse();
    }

    @Test
    void aCongressWithoutDelegatesIsNeverQuorate() {
        assertThat(CongressRules.quorate(0, 0, 2, 3)).isFalse();
    }

    @Test
    void theQuorumNeededIsTheSmallestQuorateAttendance() {
        assertThat(CongressRules.quorumNeeded(30, 2, 3)).isEqualTo(20);
        assertThat(CongressRules.quorumNeeded(31, 2, 3)).isEqualTo(21);
        assertThat(CongressRules.quorumNeeded(3, 2, 3)).isEqualTo(2);
        for (int delegates = 1; delegates < 200; delegates++) {
            int needed = CongressRules.quorumNeeded(delegates, 2, 3);
            assertThat(CongressRules.quorate(needed, delegates, 2, 3)).isTrue();
            assertThat(CongressRules.quorate(needed - 1, delegates, 2, 3)).isFalse();
        }
    }

    @Test
    void anItemPassesOnlyWithMoreThanHalfOfItsBasis() {
        assertThat(CongressRules.passes(16, 30, 1, 2)).isTrue();
        assertThat(CongressRules.passes(15, 30, 1, 2)).isFalse();
        assertThat(CongressRules.passes(16, 31, 1, 2)).isTrue();
        assertThat(CongressRules.passes(15, 31, 1, 2)).isFalse();
        assertThat(CongressRules.passes(0, 0, 1, 2)).isFalse();
    }

    @Test
    void aTwoThirdsMajorityNeedsAtLeastMoreThanTwoThirds() {
        assertThat(CongressRules.passes(20, 30, 2, 3)).isFalse();
        assertThat(CongressRules.passes(21, 30, 2, 3)).isTrue();
    }

    @Test
    void theQuotaIsOneDelegatePerNStaffAndAtLeastOneForAUnitWithStaff() {
        assertThat(CongressRules.quota(0, 10)).isZero();
        assertThat(CongressRules.quota(1, 10)).isEqualTo(1);
        assertThat(CongressRules.quota(19, 10)).isEqualTo(1);
        assertThat(CongressRules.quota(20, 10)).isEqualTo(2);
        assertThat(CongressRules.quota(105, 10)).isEqualTo(10);
        assertThatThrownBy(() -> CongressRules.quota(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agendaDocumentsAreJudgedByTheirContentNotTheirName() {
        assertThat(CongressFiles.contentType("%PDF-1.7 report".getBytes(StandardCharsets.US_ASCII))).isEqualTo("application/pdf");
        assertThat(CongressFiles.contentType(new byte[]{'M', 'Z', 0, 0})).isNull();
        assertThat(CongressFiles.contentType("just text".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(CongressFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
    }
}
