package org.yuanwu.union;

import org.yuanwu.organization.EmploymentType;

/** Member list criteria, all optional: name, employee or card number; unit (with those below); employment type; status. */
public record MemberFilter(String q, Long unitId, EmploymentType employmentType, MemberStatus status) {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null);
    }
}
