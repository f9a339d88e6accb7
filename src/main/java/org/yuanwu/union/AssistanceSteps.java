package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Bodies of the assistance and welfare API; amounts in yuan with two decimals. */
public final class AssistanceSteps {

    private AssistanceSteps() {
    }

    public record TypeAmount(BigDecimal standardAmount, Long version) {
    }

    /** A case for a member; amount defaults to the type's standard amount; appliedOn to today. */
    public record CaseApplication(Long memberId, AssistanceType type, String reason, BigDecimal amount,
                                  LocalDate appliedOn) {
    }

    /** A member reported in hospital: opens the visit task. */
    public record Hospitalisation(Long memberId, LocalDate reportedOn, String hospital, String note) {
    }

    /** The visit made: who went, when, the value of the gift (a fund expense is requested for it when above zero). */
    public record Visit(LocalDate visitedOn, String visitors, BigDecimal giftValue, String note, Long version) {
    }

    public record HardshipOpening(Long memberId, String situation, HardshipLevel level, LocalDate openedOn) {
    }

    public record HardshipReviewing(Integer year, HardshipOutcome outcome, String note, Long version) {
    }

    /** A holiday distribution to every active member (of a unit and those below it, or of the caller's scope). */
    public record WelfarePlan(String festival, String item, BigDecimal valuePerPerson, LocalDate distributedOn,
                              Long unitId) {
    }

    public record RetireeCareEntry(Long memberId, LocalDate caredOn, RetireeCareKind kind, String content,
                                   BigDecimal value) {
    }
}
