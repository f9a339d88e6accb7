package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the proposal pages and API show and accept. */
public final class ProposalViews {

    private ProposalViews() {
    }

    /**
     * SUBMITTED → ACCEPTED (立案) → ASSIGNED → ANSWERED → CLOSED; or MERGED into another, or turned into an OPINION
     * (意见建议); an answer rated "not satisfied" may be sent back once (REOPENED → ANSWERED → CLOSED).
     */
    public enum Status {
        SUBMITTED, ACCEPTED, MERGED, OPINION, ASSIGNED, ANSWERED, REOPENED, CLOSED;

        public boolean awaitingAnswer() { return this == ASSIGNED || this == REOPENED; }
    }

    public enum Rating { SATISFIED, BASICALLY_SATISFIED, NOT_SATISFIED }

    public record Cosigner(Long delegateId, String name, boolean confirmed) {
    }

    public record Answer(int round, Long unitId, String unitName, String answer, LocalDate answeredOn,
                         String answeredBy, Rating rating, LocalDate ratedOn) {
    }

    public record Proposal(Long id, Long sessionId, String sessionTitle, String title, String content,
                           Long proposerDelegateId, String proposerName, Long proposerUnitId, String proposerUnitName,
                           List<Cosigner> cosigners, Status status, Long mergedIntoId, String decisionReason,
                           LocalDate acceptedOn, boolean partyReview, LocalDate partyMeetingOn, String partyDecision,
                           Long leadUnitId, String leadUnitName, List<Long> coUnitIds, List<String> coUnitNames,
                           LocalDate dueOn, int answerRound, List<Answer> answers, boolean overdue, long version) {

        public Answer lastAnswer() { return answers.isEmpty() ? null : answers.get(answers.size() - 1); }

        public Rating lastRating() { return answers.isEmpty() ? null : lastAnswer().rating(); }
    }

    public record SubmitForm(Long sessionId, String title, String content, List<Long> cosignerStaffIds) {
    }

    /** A committee decision: merge (with the target), turn into an opinion, with the reason. */
    public record Decision(Long mergeIntoId, String reason, Long version) {
    }

    public record Acceptance(boolean partyReview, Long version) {
    }

    public record PartyRecord(LocalDate meetingOn, String decision, Long version) {
    }

    public record Assignment(Long leadUnitId, List<Long> coUnitIds, LocalDate dueOn, Long version) {
    }

    public record AnswerForm(String answer, LocalDate answeredOn, Long version) {
    }

    public record RatingForm(Rating rating, Long version) {
    }

    public record Request(Long version) {
    }

    public record Filter(Long sessionId, Status status, Boolean overdue, Long leadUnitId, String q) {
        public static Filter none() { return new Filter(null, null, null, null, null); }
    }

    /**
     * A session's progress: proposals by status, accepted (counted: accepted and beyond, not merged or opinions),
     * answered at least once, the answer rate, the latest ratings and the overdue ones.
     */
    public record Progress(Long sessionId, String sessionTitle, Map<Status, Integer> byStatus, int accepted,
                           int answered, BigDecimal answerRate, Map<Rating, Integer> ratings, int unrated,
                           BigDecimal satisfiedRate, int overdue, List<Proposal> overdueProposals) {
    }
}
