package org.yuanwu.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.yuanwu.safety.ComplaintStatus;

class DueDatesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 20);

    @Test
    void anAnswerIsDueThreeDaysAfterReceiptByDefault() {
        assertThat(DueDates.due(RECEIVED, 3)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void anUnansweredComplaintIsOverdueOnlyAfterItsDueDay() {
        LocalDate due = DueDates.due(RECEIVED, 3);
        assertThat(DueDates.overdue(ComplaintStatus.ASSIGNED, due, null, due)).isFalse();
        assertThat(DueDates.overdue(ComplaintStatus.ASSIGNED, due, null, due.plusDays(1))).isTrue();
    }

    @Test
    void anAnswerAfterTheDueDateStaysOverdueAndOneInTimeIsNot() {
        LocalDate due = DueDates.due(RECEIVED, 3);
        LocalDate muchLater = due.plusDays(30);
        assertThat(DueDates.overdue(ComplaintStatus.CLOSED, due, due, muchLater)).isFalse();
        assertThat(DueDates.overdue(ComplaintStatus.CLOSED, due, due.plusDays(1), muchLater)).isTrue();
    }

    @Test
    void aWithdrawnComplaintIsNeverOverdue() {
        assertThat(DueDates.overdue(ComplaintStatus.WITHDRAWN, RECEIVED, null, RECEIVED.plusDays(10))).isFalse();
    }
}
