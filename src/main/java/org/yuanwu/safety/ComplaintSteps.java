package org.yuanwu.safety;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The bodies of the steps after registration (web forms and API). */
public final class ComplaintSteps {

    private ComplaintSteps() {
    }

    /** Who answers it, and by when (default: unchanged). */
    public record Assignment(Long responsibleUnitId, String responsiblePerson,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, Long version) {
    }

    /** The answer given to the complainant; {@code answeredOn} defaults to today. */
    public record Answer(String answer, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn, Long version) {
    }

    public record Closing(ComplainantSatisfaction satisfaction, Long version) {
    }

    public record Withdrawal(String reason, Long version) {
    }
}
