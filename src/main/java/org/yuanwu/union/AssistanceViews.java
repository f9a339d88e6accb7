package org.yuanwu.union;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the assistance and welfare pages and API show. */
public final class AssistanceViews {

    private AssistanceViews() {
    }

    public record TypeView(AssistanceType code, BigDecimal standardAmount, FundAccount expenseAccount, long version) {
    }

    /** A case with the state of its fund expense (requested, approved, paid...). */
    public record CaseView(Long id, Long memberId, String memberName, String cardNo, Long unitId, String unitName,
                           AssistanceType type, String reason, BigDecimal amount, LocalDate appliedOn, Long expenseId,
                           FundExpenseStatus expenseStatus, BigDecimal paid) {
    }

    public record VisitView(Long id, Long memberId, String memberName, Long unitId, String unitName, LocalDate reportedOn,
                            String hospital, String note, VisitStatus status, LocalDate visitedOn, String visitors,
                            BigDecimal giftValue, String visitNote, long version) {
    }

    public record HardshipView(Long id, Long memberId, String memberName, Long unitId, String unitName,
                               LocalDate openedOn, String situation, HardshipLevel level, HardshipStatus status,
                               Integer lastReviewYear, boolean reviewDue, String closedReason, long version,
                               List<ReviewView> reviews) {
    }

    public record ReviewView(int year, LocalDate reviewedOn, HardshipOutcome outcome, String note, String reviewedBy) {
    }

    public record WelfareView(Long id, String festival, String item, BigDecimal valuePerPerson, LocalDate distributedOn,
                              String unitName, long recipients, long signed, BigDecimal totalValue,
                              List<RecipientView> list) {
    }

    public record RecipientView(Long id, Long memberId, String memberName, String cardNo, String unitName,
                                LocalDate signedOn, String signedBy) {
    }

    public record RetireeCareView(Long id, Long memberId, String memberName, String unitName, LocalDate caredOn,
                                  RetireeCareKind kind, String content, BigDecimal value, String createdBy) {
    }
}
