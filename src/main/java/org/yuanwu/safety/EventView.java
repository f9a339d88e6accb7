package org.yuanwu.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An adverse event as its readers see it; {@code reporter} is null for an anonymous report. */
public record EventView(Long id, Instant occurredAt, LocalDate occurredOn, Long unitId, String unitName, String place,
                        boolean patientInvolved, String patientRef, EventType type, EventLevel level, boolean nursing,
                        String description, String involvedStaff, String immediateActions, boolean anonymous,
                        String reporter, EventStatus status, String triageNote, String triagedBy, Instant triagedAt,
                        List<EventSteps.TimelineEntry> timeline, List<EventSteps.Cause> causes, List<String> whys,
                        String rcaSummary, String rcaBy, Instant rcaAt, boolean repeat, Long repeatOfId,
                        String accountability, String accountabilityBy, String closingNote, LocalDate closedOn,
                        List<ActionView> actions, Instant createdAt, long version) {

    public boolean hasRootCauseAnalysis() {
        return rcaAt != null;
    }

    /** A repeat still waiting for the unit head's answer. */
    public boolean accountabilityMissing() {
        return repeat && (accountability == null || accountability.isBlank());
    }

    /** A corrective action and the state of its quality finding. */
    public record ActionView(Long id, Long findingId, Long unitId, String unitName, String description,
                             LocalDate deadline, String findingStatus, boolean overdue, LocalDate closedOn) {
    }
}
