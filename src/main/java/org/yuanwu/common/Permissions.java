package org.yuanwu.common;

import java.util.Set;

/** Permission names, granted through roles and checked on every page and API call. */
public final class Permissions {

    public static final String ORG_READ = "ORG_READ";
    public static final String ORG_WRITE = "ORG_WRITE";
    public static final String STAFF_READ = "STAFF_READ";
    public static final String STAFF_WRITE = "STAFF_WRITE";
    public static final String STAFF_IMPORT = "STAFF_IMPORT";
    public static final String USER_ADMIN = "USER_ADMIN";
    public static final String AUDIT_READ = "AUDIT_READ";
    /** See indicators and dashboards for the units in one's scope. */
    public static final String INDICATOR_READ = "INDICATOR_READ";
    /** Enter facts by hand or by workbook, define indicators and change targets. */
    public static final String INDICATOR_WRITE = "INDICATOR_WRITE";
    public static final String PLAN_READ = "PLAN_READ";
    /** Draft, edit and submit plans of units in one's scope; tick off duties. */
    public static final String PLAN_WRITE = "PLAN_WRITE";
    /** Approve or return plans submitted by units below one's own. */
    public static final String PLAN_APPROVE = "PLAN_APPROVE";
    /** See courses, sessions, exams, skill assessments and results of the units in one's scope. */
    public static final String TRAINING_READ = "TRAINING_READ";
    /** Run training: courses and sessions, attendance, question bank, exams, grading, skill assessments. */
    public static final String TRAINING_WRITE = "TRAINING_WRITE";
    /** See checklist templates, inspections, scores, rankings and findings of the units in one's scope. */
    public static final String QUALITY_READ = "QUALITY_READ";
    /** Inspect: fill and score inspections, review them, verify (accept or reject) rectifications. */
    public static final String QUALITY_INSPECT = "QUALITY_INSPECT";
    /** Answer findings of one's units with corrective actions and evidence; answer recurrence flags. */
    public static final String QUALITY_RECTIFY = "QUALITY_RECTIFY";
    /** Edit checklist templates and plan inspection rounds. */
    public static final String QUALITY_MANAGE = "QUALITY_MANAGE";
    /** See questionnaires and their results for the units in one's scope. */
    public static final String SURVEY_READ = "SURVEY_READ";
    /** Design questionnaires and distribute them (links, tokens). */
    public static final String SURVEY_WRITE = "SURVEY_WRITE";
    /** See complaints, suggestions and (later) adverse events of the units in one's scope. */
    public static final String SAFETY_READ = "SAFETY_READ";
    /** Register, assign, answer and close complaints and suggestions. */
    public static final String SAFETY_WRITE = "SAFETY_WRITE";
    /** See infection cases, census, suspected cases, rates and alerts of the units in one's scope. */
    public static final String INFECTION_READ = "INFECTION_READ";
    /** Report infection cases and enter the ward census (admissions, patient-days, device-days). */
    public static final String INFECTION_REPORT = "INFECTION_REPORT";
    /** The infection-control office: confirm or exclude cases, review suspects, run screening, edit rules, load clinical events. */
    public static final String INFECTION_MANAGE = "INFECTION_MANAGE";

    /** See union members, dues, the fund ledger, congress records, proposals, evaluations, assistance, activities and honours. */
    public static final String UNION_READ = "UNION_READ";
    /** The union office: members and dues, ledger entries and expense requests, congress and proposals committee, evaluations, assistance, activities, honours. */
    public static final String UNION_WRITE = "UNION_WRITE";
    /** Approve union fund expenses (the hospital affairs meeting's delegate) and payments. */
    public static final String UNION_FUND_APPROVE = "UNION_FUND_APPROVE";
    /** Take part in the congress as a member of staff: submit and co-sign proposals if a delegate, vote, rate answers, cast evaluation ballots, sign up for activities. */
    public static final String CONGRESS_PARTICIPATE = "CONGRESS_PARTICIPATE";
    /** Answer proposals assigned to one's own department. */
    public static final String PROPOSAL_ANSWER = "PROPOSAL_ANSWER";
    /** Run the yearly staff health check campaign: who is due, who attended (not the findings). */
    public static final String HEALTH_CHECK_MANAGE = "HEALTH_CHECK_MANAGE";
    /** Read and record confidential staff health-check findings and health files (occupational health only). */
    public static final String HEALTH_FINDINGS_READ = "HEALTH_FINDINGS_READ";
    /** See party branches, members, meetings, study sessions, agreements and conduct records. */
    public static final String PARTY_READ = "PARTY_READ";
    /** The party office: branches and members, meetings and lessons, study, agreements, conduct evaluations and star ratings. */
    public static final String PARTY_WRITE = "PARTY_WRITE";
    /** Record conduct (letters of thanks, refused gifts, good deeds...) for one's own units. */
    public static final String CONDUCT_REPORT = "CONDUCT_REPORT";
    /** Report an adverse event (anyone on the staff; anonymously if they choose). */
    public static final String ADVERSE_EVENT_REPORT = "ADVERSE_EVENT_REPORT";
    /** The quality office's side of adverse events: triage, root-cause analysis, corrective actions, hazard review. */
    public static final String SAFETY_MANAGE = "SAFETY_MANAGE";

    /**
     * Everything a system administrator holds. Confidential staff health findings are left out on purpose:
     * only the occupational-health role reads them.
     */
    public static final Set<String> ALL = Set.of(ORG_READ, ORG_WRITE, STAFF_READ, STAFF_WRITE, STAFF_IMPORT,
            USER_ADMIN, AUDIT_READ, INDICATOR_READ, INDICATOR_WRITE, PLAN_READ, PLAN_WRITE, PLAN_APPROVE,
            TRAINING_READ, TRAINING_WRITE, QUALITY_READ, QUALITY_INSPECT, QUALITY_RECTIFY, QUALITY_MANAGE, SURVEY_READ,
            SURVEY_WRITE, SAFETY_READ, SAFETY_WRITE, INFECTION_READ, INFECTION_REPORT, INFECTION_MANAGE, UNION_READ,
            UNION_WRITE, UNION_FUND_APPROVE, CONGRESS_PARTICIPATE, PROPOSAL_ANSWER, HEALTH_CHECK_MANAGE, PARTY_READ,
            PARTY_WRITE, CONDUCT_REPORT, ADVERSE_EVENT_REPORT, SAFETY_MANAGE);

    private Permissions() {
    }
}
