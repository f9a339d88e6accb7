package org.yuanwu.party;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Criteria for the meeting list; all optional. */
public record MeetingFilter(Long branchId, MeetingKind kind,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static MeetingFilter none() {
        return new MeetingFilter(null, null, null, null);
    }
}
