package org.yuanwu.union;

import java.time.LocalDate;
import java.util.List;

/** What the congress pages and API show and accept: terms, delegates, sessions, agenda items, votes. */
public final class CongressViews {

    private CongressViews() {
    }

    public enum SessionStatus { PLANNED, CONVENED, CLOSED }

    /** What an agenda item is; the kinds in {@code yuanwu.union.congress.all-delegates-kinds} need a majority of all delegates. */
    public enum ItemKind { REPORT_REVIEW, MAJOR_MATTER, ELECTION, OTHER }

    /** Whose majority passes an item: the delegates present, or all delegates of the term. */
    public enum MajorityBasis { PRESENT, ALL }

    public enum ItemStatus { OPEN, DECIDED }

    public enum VoteChoice { FOR, AGAINST, ABSTAIN }

    public record Term(Long id, Long hospitalUnitId, String hospitalUnitName, String name, LocalDate startsOn,
                       LocalDate endsOn, int staffPerDelegate, int quorumNumerator, int quorumDenominator,
                       int delegates, long version) {
    }

    public record TermForm(Long hospitalUnitId, String name, LocalDate startsOn, LocalDate endsOn,
                           Integer staffPerDelegate, Integer quorumNumerator, Integer quorumDenominator, Long version) {
    }

    /** A unit's seats: its active staff (with the units below it), its quota and the delegates elected for it. */
    public record Quota(Long unitId, String unitName, long staff, int quota, int elected) {
        public boolean full() { return elected >= quota; }
    }

    public record Delegate(Long id, Long termId, Long staffId, String name, String employeeNo, Long quotaUnitId,
                           String quotaUnitName, LocalDate electedOn, boolean active, String leaveReason) {
    }

    public record Election(Long staffId, LocalDate electedOn) {
    }

    public record Leave(String reason) {
    }

    public record Session(Long id, Long termId, String termName, int number, String title, LocalDate heldOn,
                          String place, SessionStatus status, int delegates, int present, int quorumNeeded,
                          boolean quorate, long version) {
    }

    public record SessionForm(String title, LocalDate heldOn, String place) {
    }

    public record Attendance(List<Long> delegateIds, Long version) {
    }

    public record Item(Long id, Long sessionId, int sortOrder, String title, String description, ItemKind kind,
                       MajorityBasis majorityBasis, ItemStatus status, int votesFor, int votesAgainst,
                       int votesAbstain, Integer baseCount, Boolean passed, List<Document> documents, long version) {
        public int votes() { return votesFor + votesAgainst + votesAbstain; }
    }

    public record ItemForm(String title, String description, ItemKind kind, MajorityBasis majorityBasis) {
    }

    public record Document(Long id, String fileName, String contentType, long sizeBytes) {
    }

    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }

    public record Ballot(VoteChoice choice) {
    }

    /** The caller's standing in a session: her delegate record (if any), whether present, and the items she voted on. */
    public record MyStanding(Long delegateId, boolean present, List<Long> votedItemIds) {
        public boolean delegate() { return delegateId != null; }
    }

    /** The resolution record of a session, printable. */
    public record Resolution(Session session, List<Item> items, List<Delegate> present) {
    }
}
