package org.yuanwu.union;

import java.time.LocalDate;

/** A member of a club; leftOn is set once she has left. */
public record ClubMemberView(Long staffId, String name, String employeeNo, String unitName, boolean leader,
                             LocalDate joinedOn, LocalDate leftOn) {
}
