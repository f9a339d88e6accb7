package org.yuanwu.training;

import java.time.LocalDate;

public record InternMeetingView(Long id, Long intakeId, LocalDate heldOn, String place, String chair, String attendance,
                                String summary, String recordedBy) {
}
