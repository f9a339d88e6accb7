package org.yuanwu.union;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a membership; transfers carry the units moved from and to. */
public record MemberEventView(Long id, MemberEventKind kind, LocalDate happenedOn, String fromUnitName,
                              String toUnitName, String note, String recordedBy, Instant recordedAt) {
}
