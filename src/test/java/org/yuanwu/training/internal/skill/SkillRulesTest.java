package org.yuanwu.training.internal.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuanwu.common.DomainException;
import org.yuanwu.training.SkillDeduction;
import org.yuanwu.training.SkillItemForm;

/** Scoring with caps, sheet validation and versioning, and which skills count as passed. */
class SkillRulesTest {

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    private static final List<SkillScoring.Item> SHEET = List.of(
            new SkillScoring.Item(1L, "准备", n("20"), n("5")),
            new SkillScoring.Item(2L, "操作", n("60"), n("10")),
            new SkillScoring.Item(3L, "评价", n("20"), null));

    @Test
    void scoreIsTheMaximumLessTheDeductionsAndItemsLeftOutLoseNothing() {
        SkillScoring.Result r = SkillScoring.score(SHEET, List.of(new SkillDeduction(1L, 2, null),
                new SkillDeduction(3L, null, n("4.5"))));
        assertThat(r.score()).isEqualByComparingTo("85.5");
        assertThat(r.maxScore()).isEqualByComparingTo("100");
        assertThat(r.items()).extracting(SkillScoring.ItemResult::score)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(n("10"), n("60"), n("15.5"));
        assertThat(r.passed(n("80"))).isTrue();
        assertThat(r.passed(n("90"))).isFalse();
    }

    @Test
    void occurrencesAreCappedAtTheItemsMaximumSoAnItemIsNeverBelowZero() {
        SkillScoring.Result r = SkillScoring.score(SHEET, List.of(new SkillDeduction(2L, 9, null)));
        assertThat(r.items().get(1).pointsLost()).isEqualByComparingTo("60");
        assertThat(r.items().get(1).score()).isEqualByComparingTo("0");
        assertThat(r.score()).isEqualByComparingTo("40");
    }

    @Test
    void pointsLostAboveAnItemsMaximumAreRefused() {
        assertThatThrownBy(() -> SkillScoring.score(SHEET, List.of(new SkillDeduction(3L, null, n("21")))))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("training.error.deductionAboveMax");
    }

    @Test
    void unknownItemsNegativeEntriesAndBothKindsAtOnceAreRefused() {
        assertThatThrownBy(() -> SkillScoring.score(SHEET, List.of(new SkillDeduction(99L, 1, null))))
                .extracting("messageKey").isEqualTo("training.error.unknownItem");
        assertThatThrownBy(() -> SkillScoring.score(SHEET, List.of(new SkillDeduction(1L, -1, null))))
                .extracting("messageKey").isEqualTo("training.error.negativeDeduction");
        assertThatThrownBy(() -> SkillScoring.score(SHEET, List.of(new SkillDeduction(1L, 1, n("2")))))
                .extracting("messageKey").isEqualTo("training.error.eitherOccurrencesOrPoints");
        assertThatThrownBy(() -> SkillScoring.score(SHEET, List.of(new SkillDeduction(3L, 1, null))))
                .extracting("messageKey").isEqualTo("training.error.noPerOccurrence");
        assertThatThrownBy(() -> SkillScoring.score(SHEET, List.of(new SkillDeduction(1L, 1, null),
                new SkillDeduction(1L, 2, null)))).extracting("messageKey").isEqualTo("training.error.itemTwice");
    }

    @Test
    void sheetLinesAreOrderedByPositionAndBlankRowsIgnored() {
        List<SkillItemForm> rows = new ArrayList<>(List.of(
                new SkillItemForm(2, "操作", n("60"), n("10"), null),
                new SkillItemForm(),
                new SkillItemForm(1, "准备", n("40"), null, "缺一项扣2分")));
        List<SheetRules.Line> lines = SheetRules.check(rows);
        assertThat(lines).extracting(SheetRules.Line::name).containsExactly("准备", "操作");
        assertThat(lines).extracting(SheetRules.Line::position).containsExactly(1, 2);
        assertThat(SheetRules.total(lines)).isEqualByComparingTo("100");
    }

    @Test
    void aSheetNeedsNamedItemsWithSensiblePoints() {
        assertThatThrownBy(() -> SheetRules.check(List.of(new SkillItemForm())))
                .extracting("messageKey").isEqualTo("training.error.sheetEmpty");
        assertThatThrownBy(() -> SheetRules.check(List.of(new SkillItemForm(1, "准备", n("0"), null, null))))
                .extracting("messageKey").isEqualTo("training.error.itemMaxPoints");
        assertThatThrownBy(() -> SheetRules.check(List.of(new SkillItemForm(1, "准备", n("10"), n("11"), null))))
                .extracting("messageKey").isEqualTo("training.error.itemPerOccurrence");
        assertThatThrownBy(() -> SheetRules.check(List.of(new SkillItemForm(1, "准备", n("10"), null, null),
                new SkillItemForm(2, "准备", n("10"), null, null)))).extracting("messageKey").isEqualTo("training.error.itemNameTwice");
        assertThatThrownBy(() -> SheetRules.check(List.of(new SkillItemForm(1, null, n("10"), null, null))))
                .extracting("messageKey").isEqualTo("training.error.itemNameRequired");
    }

    @Test
    void aChangedSheetIsANewVersionOnceAnyoneWasAssessedOnIt() {
        List<SheetRules.Line> stored = SheetRules.check(List.of(new SkillItemForm(1, "准备", n("100"), null, null)));
        List<SheetRules.Line> same = SheetRules.check(List.of(new SkillItemForm(5, "准备", n("100.0"), null, null)));
        List<SheetRules.Line> changed = SheetRules.check(List.of(new SkillItemForm(1, "准备", n("90"), null, null)));
        assertThat(SheetRules.change(stored, same, 3)).isEqualTo(SheetRules.Change.NONE);
        assertThat(SheetRules.change(stored, changed, 0)).isEqualTo(SheetRules.Change.IN_PLACE);
        assertThat(SheetRules.change(stored, changed, 1)).isEqualTo(SheetRules.Change.NEW_VERSION);
    }

    @Test
    void theLatestAttemptAtASkillCountsSoALaterFailUndoesAnEarlierPass() {
        LocalDate march = LocalDate.of(2026, 3, 1);
        List<ComplianceRules.Attempt> attempts = List.of(
                new ComplianceRules.Attempt(1L, 7L, 100L, march, false),
                new ComplianceRules.Attempt(2L, 7L, 100L, march.plusDays(7), true),
                new ComplianceRules.Attempt(3L, 7L, 200L, march, true),
                new ComplianceRules.Attempt(4L, 7L, 200L, march.plusMonths(1), false),
                new ComplianceRules.Attempt(5L, 8L, 100L, march, true),
                new ComplianceRules.Attempt(6L, 8L, 100L, march, false));
        Map<Long, Set<Long>> passed = ComplianceRules.passedSkills(attempts);
        assertThat(passed.get(7L)).containsExactly(100L);
        assertThat(passed.get(8L)).isNull(); // same day: the later record (higher id) counts
        assertThat(ComplianceRules.missing(List.of(100L, 200L, 300L), passed.get(7L))).containsExactly(200L, 300L);
        assertThat(ComplianceRules.missing(List.of(100L, 200L), null)).containsExactly(100L, 200L);
    }
}
