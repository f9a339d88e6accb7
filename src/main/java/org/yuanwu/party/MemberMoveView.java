package org.yuanwu.party;

import java.time.LocalDate;

/** One line of a member's history. */
public record MemberMoveView(Long id, MoveKind kind, LocalDate movedOn, String fromBranchName, String toBranchName,
                             String otherParty, String note, String recordedBy) {
}
