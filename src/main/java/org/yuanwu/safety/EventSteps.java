package org.yuanwu.safety;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the steps after a report: triage, analysis, corrective action, accountability, closing. */
public final class EventSteps {

    private EventSteps() {
    }

    /** type and level are needed only to reclassify. */
    public record Triage(TriageDecision decision, EventType type, EventLevel level, String note, Long version) {
    }

    public record TimelineEntry(String at, String entry) {
    }

    public record Cause(FishboneCategory category, String cause) {
    }

    /** The whole analysis; saving it again replaces the earlier one. */
    public record RootCauseAnalysis(List<TimelineEntry> timeline, List<Cause> causes, List<String> whys,
                                    String summary, Long version) {
    }

    /** Opens a quality finding for the unit (the rectification loop); a deadline is required. */
    public record CorrectiveAction(Long unitId, String description, String action, Long responsibleStaffId,
                                   LocalDate deadline) {
    }

    public record Accountability(String text, Long version) {
    }

    public record Closing(String note, Long version) {
    }
}
