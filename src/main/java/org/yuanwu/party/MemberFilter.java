package org.yuanwu.party;

/** Criteria for the member list; all optional. {@code unitId} takes the staff member's unit and those below it. */
public record MemberFilter(Long branchId, MemberStatus status, Long unitId, String q) {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null);
    }
}
