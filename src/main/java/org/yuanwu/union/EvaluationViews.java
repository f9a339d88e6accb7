package org.yuanwu.union;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the democratic evaluation pages and API show and accept. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    /** Who votes: the delegates of a congress term, or all staff of the chosen units. */
    public enum Electorate { DELEGATES, STAFF }

    public enum Status { DRAFT, OPEN, CLOSED }

    /** 优秀 / 称职 / 基本称职 / 不称职. */
    public enum Grade { EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT }

    public record Round(Long id, Long hospitalUnitId, String title, Electorate electorate, Long termId, String termName,
                        List<Long> unitIds, List<String> unitNames, int flagPercent, Status status, int ballots,
                        long version) {
    }

    public record RoundForm(Long hospitalUnitId, String title, Electorate electorate, Long termId, List<Long> unitIds,
                            Integer flagPercent) {
    }

    public record Candidate(Long id, Long staffId, String name, String unitName, String post) {
    }

    public record CandidateForm(Long staffId, String post) {
    }

    /** A ballot: a grade for every candidate of the round, by candidate id. */
    public record BallotForm(Map<Long, Grade> grades) {
    }

    /** Where the caller stands: may she vote in this round, and has she. */
    public record MyBallot(boolean eligible, boolean voted) {
    }

    public record Result(Candidate candidate, int ballots, Map<Grade, Integer> counts, Map<Grade, BigDecimal> shares,
                         boolean flagged) {
    }
}
