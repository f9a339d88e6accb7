package org.yuanwu.safety.internal;

import java.time.LocalDate;
import org.yuanwu.safety.ComplaintStatus;

/**
 * Every comment is answered within a few days of receipt (3 by default): the due date is the
 * received date plus that many calendar days; a complaint is overdue when it was not answered by
 * its due date — still unanswered after it, or answered later than it. A withdrawn one never is.
 */
public final class DueDates {

    private DueDates() {
    }

    public static LocalDate due(LocalDate receivedOn, int answerDays) {
        return receivedOn.plusDays(answerDays);
    }

    public static boolean overdue(ComplaintStatus status, LocalDate dueOn, LocalDate answeredOn, LocalDate today) {
        if (status == ComplaintStatus.WITHDRAWN || dueOn == null) {
            return false;
        }
        return answeredOn == null ? today.isAfter(dueOn) : answeredOn.isAfter(dueOn);
    }
}
