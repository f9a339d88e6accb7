package org.yuanwu.training;

import java.time.Instant;
import java.util.Set;
import org.yuanwu.organization.EmploymentType;
import org.yuanwu.organization.NurseLevel;
import org.yuanwu.organization.ProfessionalTitle;

/** A session as callers see it; times are instants (UTC), pages show them in Asia/Shanghai. */
public record SessionView(Long id, Long courseId, String courseTopic, Long courseUnitId, Instant startsAt, Instant endsAt,
                          String place, Long lecturerStaffId, String lecturerName, Long audienceUnitId,
                          String audienceUnitName, Set<ProfessionalTitle> titles, Set<NurseLevel> nurseLevels,
                          Set<EmploymentType> employmentTypes, String signInCode, SessionStatus status,
                          String cancelReason, int invited, int present, int absent, String createdBy, long version) {
}
