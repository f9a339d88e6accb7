package org.yuanwu.party;

import java.time.LocalDate;

/** A party member: the staff member, her branch, whether probationary or full, and the dates that matter. */
public record MemberView(Long id, Long branchId, String branchName, Long staffId, String staffName, String employeeNo,
                         Long unitId, String unitName, MemberStatus status, LocalDate joinedOn, LocalDate regularisedOn,
                         LocalDate leftOn, String note, long version) {
}
