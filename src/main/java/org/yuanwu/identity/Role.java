package org.yuanwu.identity;

import static org.yuanwu.common.Permissions.AUDIT_READ;
import static org.yuanwu.common.Permissions.INFECTION_MANAGE;
import static org.yuanwu.common.Permissions.INFECTION_READ;
import static org.yuanwu.common.Permissions.INFECTION_REPORT;
import static org.yuanwu.common.Permissions.INDICATOR_READ;
import static org.yuanwu.common.Permissions.INDICATOR_WRITE;
import static org.yuanwu.common.Permissions.PLAN_APPROVE;
import static org.yuanwu.common.Permissions.PLAN_READ;
import static org.yuanwu.common.Permissions.PLAN_WRITE;
import static org.yuanwu.common.Permissions.QUALITY_INSPECT;
import static org.yuanwu.common.Permissions.QUALITY_MANAGE;
import static org.yuanwu.common.Permissions.QUALITY_READ;
import static org.yuanwu.common.Permissions.QUALITY_RECTIFY;
import static org.yuanwu.common.Permissions.SAFETY_READ;
import static org.yuanwu.common.Permissions.SAFETY_WRITE;
import static org.yuanwu.common.Permissions.SURVEY_READ;
import static org.yuanwu.common.Permissions.SURVEY_WRITE;
import static org.yuanwu.common.Permissions.ORG_READ;
import static org.yuanwu.common.Permissions.ORG_WRITE;
import static org.yuanwu.common.Permissions.STAFF_IMPORT;
import static org.yuanwu.common.Permissions.STAFF_READ;
import static org.yuanwu.common.Permissions.STAFF_WRITE;
import static org.yuanwu.common.Permissions.TRAINING_READ;
import static org.yuanwu.common.Permissions.TRAINING_WRITE;
import static org.yuanwu.common.Permissions.USER_ADMIN;
import static org.yuanwu.common.Permissions.UNION_READ;
import static org.yuanwu.common.Permissions.UNION_WRITE;
import static org.yuanwu.common.Permissions.UNION_FUND_APPROVE;
import static org.yuanwu.common.Permissions.CONGRESS_PARTICIPATE;
import static org.yuanwu.common.Permissions.PROPOSAL_ANSWER;
import static org.yuanwu.common.Permissions.HEALTH_CHECK_MANAGE;
import static org.yuanwu.common.Permissions.HEALTH_FINDINGS_READ;
import static org.yuanwu.common.Permissions.PARTY_READ;
import static org.yuanwu.common.Permissions.PARTY_WRITE;
import static org.yuanwu.common.Permissions.CONDUCT_REPORT;
import static org.yuanwu.common.Permissions.ADVERSE_EVENT_REPORT;
import static org.yuanwu.common.Permissions.SAFETY_MANAGE;

import java.util.HashSet;
import java.util.Set;
import org.yuanwu.common.Permissions;

/** Roles a user can hold, each a fixed set of permissions. */
public enum Role {
    SYSTEM_ADMIN(Permissions.ALL),
    LEADERSHIP(Set.of(ORG_READ, STAFF_READ, AUDIT_READ, INDICATOR_READ, PLAN_READ, PLAN_APPROVE, TRAINING_READ,
            QUALITY_READ, SURVEY_READ, SAFETY_READ, INFECTION_READ, UNION_READ, UNION_FUND_APPROVE, PARTY_READ)),
    NURSING_DEPARTMENT(Set.of(ORG_READ, STAFF_READ, STAFF_WRITE, STAFF_IMPORT, INDICATOR_READ, INDICATOR_WRITE,
            PLAN_READ, PLAN_WRITE, PLAN_APPROVE, TRAINING_READ, TRAINING_WRITE, QUALITY_READ, QUALITY_INSPECT,
            QUALITY_RECTIFY, QUALITY_MANAGE, SURVEY_READ, SURVEY_WRITE, SAFETY_READ, SAFETY_WRITE, SAFETY_MANAGE,
            INFECTION_READ, INFECTION_REPORT, PROPOSAL_ANSWER, CONDUCT_REPORT)),
    HEAD_NURSE(Set.of(ORG_READ, STAFF_READ, STAFF_WRITE, INDICATOR_READ, INDICATOR_WRITE, PLAN_READ, PLAN_WRITE,
            TRAINING_READ, TRAINING_WRITE, QUALITY_READ, QUALITY_INSPECT, QUALITY_RECTIFY, SURVEY_READ, SAFETY_READ,
            SAFETY_WRITE, INFECTION_READ, INFECTION_REPORT, PROPOSAL_ANSWER, CONDUCT_REPORT)),
    QUALITY_OFFICER(Set.of(ORG_READ, STAFF_READ, INDICATOR_READ, INDICATOR_WRITE, PLAN_READ, PLAN_WRITE,
            TRAINING_READ, QUALITY_READ, QUALITY_INSPECT, QUALITY_RECTIFY, QUALITY_MANAGE, SURVEY_READ, SURVEY_WRITE,
            SAFETY_READ, SAFETY_WRITE, SAFETY_MANAGE, INFECTION_READ, PROPOSAL_ANSWER)),
    INFECTION_OFFICER(Set.of(ORG_READ, STAFF_READ, INDICATOR_READ, INDICATOR_WRITE, PLAN_READ, PLAN_WRITE,
            TRAINING_READ, TRAINING_WRITE, QUALITY_READ, QUALITY_INSPECT, QUALITY_MANAGE, INFECTION_READ,
            INFECTION_REPORT, INFECTION_MANAGE, PROPOSAL_ANSWER)),
    HEALTH_EDUCATION_OFFICER(Set.of(ORG_READ, STAFF_READ, INDICATOR_READ, INDICATOR_WRITE, PLAN_READ, PLAN_WRITE,
            TRAINING_READ, SURVEY_READ, SURVEY_WRITE, PROPOSAL_ANSWER)),
    UNION_OFFICER(Set.of(ORG_READ, STAFF_READ, INDICATOR_READ, INDICATOR_WRITE, PLAN_READ, PLAN_WRITE, TRAINING_READ,
            SURVEY_READ, SURVEY_WRITE, UNION_READ, UNION_WRITE, HEALTH_CHECK_MANAGE)),
    PARTY_OFFICER(Set.of(ORG_READ, STAFF_READ, INDICATOR_READ, INDICATOR_WRITE, PLAN_READ, PLAN_WRITE, TRAINING_READ,
            SURVEY_READ, UNION_READ, PARTY_READ, PARTY_WRITE, CONDUCT_REPORT)),
    LOGISTICS_OFFICER(Set.of(ORG_READ, STAFF_READ, INDICATOR_READ, INDICATOR_WRITE, PLAN_READ, PLAN_WRITE,
            TRAINING_READ, QUALITY_READ, QUALITY_INSPECT, QUALITY_RECTIFY, PROPOSAL_ANSWER)),
    DEPARTMENT_HEAD(Set.of(ORG_READ, STAFF_READ, STAFF_WRITE, INDICATOR_READ, INDICATOR_WRITE, PLAN_READ, PLAN_WRITE,
            PLAN_APPROVE, TRAINING_READ, TRAINING_WRITE, QUALITY_READ, QUALITY_INSPECT, QUALITY_RECTIFY, SURVEY_READ,
            SAFETY_READ, SAFETY_WRITE, INFECTION_READ, INFECTION_REPORT, PROPOSAL_ANSWER, CONDUCT_REPORT)),
    CLINIC_DOCTOR(Set.of(ORG_READ, STAFF_READ, INDICATOR_READ, INDICATOR_WRITE, PLAN_READ, PLAN_WRITE, TRAINING_READ,
            QUALITY_READ, QUALITY_RECTIFY, INFECTION_READ, INFECTION_REPORT)),
    /** The occupational-health office (预防保健科): the staff health check and its confidential findings. */
    OCCUPATIONAL_HEALTH(Set.of(ORG_READ, STAFF_READ, INDICATOR_READ, PLAN_READ, TRAINING_READ, HEALTH_CHECK_MANAGE,
            HEALTH_FINDINGS_READ)),
    STAFF_MEMBER(Set.of(ORG_READ, INDICATOR_READ, PLAN_READ, TRAINING_READ, QUALITY_READ));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        Set<String> all = new HashSet<>(permissions);
        // What every member of staff may do whatever her role: report an adverse event, take part in the congress.
        all.add(ADVERSE_EVENT_REPORT);
        all.add(CONGRESS_PARTICIPATE);
        this.permissions = Set.copyOf(all);
    }

    /** Everything a holder of these roles may do. */
    public static Set<String> permissionsOf(java.util.Collection<Role> roles) {
        Set<String> all = new HashSet<>();
        roles.forEach(r -> all.addAll(r.permissions()));
        return Set.copyOf(all);
    }

    public Set<String> permissions() {
        return permissions;
    }
}
