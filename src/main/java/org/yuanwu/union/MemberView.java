package org.yuanwu.union;

import java.time.LocalDate;
import org.yuanwu.organization.EmploymentType;

/** A union member as callers see it. */
public record MemberView(Long id, Long staffId, String employeeNo, String name, Long unitId, String unitName,
                         EmploymentType employmentType, String cardNo, LocalDate joinedOn, String application,
                         MemberStatus status, LocalDate endedOn, String endReason, long version) {
}
