package org.yuanwu.training.internal.intern;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yuanwu.organization.ProfessionalTitle;

/** The intern rules: rotation overlaps, the tutor rank line, the once-only vote, round-robin schedules, weeks. */
class InternRulesTest {

    private static final LocalDate MON = LocalDate.of(2026, 7, 6); // a Monday

    @Test
    void rotationsSharingOneDayOverlapButAdjacentOnesDoNot() {
        assertThat(RotationRules.overlaps(MON, MON.plusDays(13), MON.plusDays(13), MON.plusDays(20))).isTrue();
        assertThat(RotationRules.overlaps(MON, MON.plusDays(13), MON.plusDays(14), MON.plusDays(20))).isFalse();
        assertThat(RotationRules.overlaps(MON.plusDays(3), MON.plusDays(4), MON, MON.plusDays(13))).isTrue();
    }

    @Test
    void anEditedRotationDoesNotOverlapItself() {
        RotationRules.Span stored = new RotationRules.Span(7L, MON, MON.plusDays(13));
        RotationRules.Span other = new RotationRules.Span(8L, MON.plusDays(14), MON.plusDays(27));
        assertThat(RotationRules.firstOverlap(new RotationRules.Span(7L, MON.plusDays(1), MON.plusDays(13)),
                List.of(stored, other))).isEmpty();
        assertThat(RotationRules.firstOverlap(new RotationRules.Span(7L, MON.plusDays(1), MON.plusDays(14)),
                List.of(stored, other))).contains(other);
        assertThat(RotationRules.firstOverlap(new RotationRules.Span(null, MON, MON), List.of(stored))).contains(stored);
    }

    @Test
    void aRotationMustLieInsideTheIntakeDates() {
        assertThat(RotationRules.within(MON, MON.plusDays(6), MON, MON.plusDays(6))).isTrue();
        assertThat(RotationRules.within(MON.minusDays(1), MON.plusDays(6), MON, MON.plusDays(30))).isFalse();
        assertThat(RotationRules.within(MON, MON.plusDays(31), MON, MON.plusDays(30))).isFalse();
    }

    @Test
    void tutorsMustBeNursePractitionerOrAboveAndNeverEntryRankOrUntitled() {
        assertThat(TutorRules.rankQualifies(ProfessionalTitle.NURSE)).isFalse();
        assertThat(TutorRules.rankQualifies(null)).isFalse();
        assertThat(TutorRules.rankQualifies(ProfessionalTitle.DOCTOR_ASSISTANT)).isFalse();
        assertThat(TutorRules.rankQualifies(ProfessionalTitle.NURSE_PRACTITIONER)).isTrue();
        assertThat(TutorRules.rankQualifies(ProfessionalTitle.NURSE_SUPERVISOR)).isTrue();
        assertThat(TutorRules.rankQualifies(ProfessionalTitle.NURSE_CHIEF)).isTrue();
        assertThat(TutorRules.rankQualifies(ProfessionalTitle.DOCTOR)).isTrue();
    }

    @Test
    void aTutorAtTheCapHasNoRoomForAnotherIntern() {
        assertThat(TutorRules.hasRoom(1, 2)).isTrue();
        assertThat(TutorRules.hasRoom(2, 2)).isFalse();
    }

    @Test
    void anInternVotesOnceOnlyForHerOwnTutorsAndOnlyUntilTheClosingDay() {
        LocalDate closes = LocalDate.of(2026, 12, 31);
        assertThat(VoteRules.check(closes, closes, false, 5L, List.of(5L, 6L))).isNull();
        assertThat(VoteRules.check(closes, closes, true, 5L, List.of(5L))).isEqualTo(VoteRules.Refusal.ALREADY_VOTED);
        assertThat(VoteRules.check(closes, closes.plusDays(1), false, 5L, List.of(5L))).isEqualTo(VoteRules.Refusal.CLOSED);
        assertThat(VoteRules.check(closes, closes, false, 9L, List.of(5L))).isEqualTo(VoteRules.Refusal.NOT_HER_TUTOR);
        assertThat(VoteRules.check(null, closes, false, 5L, List.of(5L))).isEqualTo(VoteRules.Refusal.NOT_OPEN);
    }

    @Test
    void roundRobinSendsEveryInternThroughEveryWardOnceWithoutOverlapsAndSpreadsThemEvenly() {
        List<Long> wards = List.of(11L, 12L, 13L);
        LocalDate end = MON.plusWeeks(12).minusDays(1);
        List<RoundRobin.Slot> slots = RoundRobin.schedule(6, wards, 4, MON, end);
        assertThat(slots).hasSize(18);
        Map<Integer, List<RoundRobin.Slot>> byIntern = new HashMap<>();
        slots.forEach(s -> byIntern.computeIfAbsent(s.internIndex(), k -> new ArrayList<>()).add(s));
        for (List<RoundRobin.Slot> mine : byIntern.values()) {
            assertThat(mine.stream().map(RoundRobin.Slot::unitId).distinct()).hasSize(3);
            for (int i = 1; i < mine.size(); i++) {
                assertThat(mine.get(i).from()).isEqualTo(mine.get(i - 1).to().plusDays(1));
            }
            assertThat(mine.get(2).to()).isEqualTo(end);
        }
        // in each four-week block every ward has exactly two of the six interns
        Map<String, Integer> perWardAndBlock = new HashMap<>();
        slots.forEach(s -> perWardAndBlock.merge(s.unitId() + "@" + s.from(), 1, Integer::sum));
        assertThat(perWardAndBlock.values()).containsOnly(2);
        assertThat(slots.get(0).unitId()).isEqualTo(11L);
        assertThat(byIntern.get(1).get(0).unitId()).isEqualTo(12L);
    }

    @Test
    void roundRobinCutsTheLastBlockAtTheIntakeEnd() {
        List<RoundRobin.Slot> slots = RoundRobin.schedule(1, List.of(1L, 2L, 3L), 4, MON, MON.plusWeeks(6));
        assertThat(slots).hasSize(2);
        assertThat(slots.get(1).from()).isEqualTo(MON.plusWeeks(4));
        assertThat(slots.get(1).to()).isEqualTo(MON.plusWeeks(6));
        assertThat(RoundRobin.schedule(3, List.of(), 4, MON, MON.plusWeeks(6))).isEmpty();
    }

    @Test
    void aPastWeekWithoutTeachingIsMissingButTheCurrentWeekIsNotYet() {
        Set<LocalDate> recorded = new HashSet<>(List.of(MON));
        List<LocalDate> missing = Weeks.missing(MON, MON.plusWeeks(4).minusDays(1), MON.plusWeeks(2).plusDays(2), recorded);
        assertThat(missing).containsExactly(MON.plusWeeks(1));
        assertThat(Weeks.monday(MON.plusDays(6))).isEqualTo(MON);
    }

    @Test
    void evaluationsOpenInTheLastWeekAndEachItemIsOneToFive() {
        LocalDate end = MON.plusDays(27);
        assertThat(EvaluationRules.open(end, end.minusDays(7))).isFalse();
        assertThat(EvaluationRules.open(end, end.minusDays(6))).isTrue();
        assertThat(EvaluationRules.firstInvalidItem(List.of(5, 4, 3, 2, 1))).isEqualTo(-1);
        assertThat(EvaluationRules.firstInvalidItem(List.of(5, 4, 6, 2, 1))).isEqualTo(2);
        assertThat(EvaluationRules.firstInvalidItem(List.of(5, 4))).isEqualTo(2);
        assertThat(EvaluationRules.firstInvalidItem(null)).isZero();
    }

    @Test
    void personalCodesAreEightUnambiguousCharactersAndTypedCodesAreNormalized() {
        String code = InternCodes.next();
        assertThat(code).hasSize(8).doesNotContain("0", "O", "1", "I", "L");
        assertThat(InternCodes.normalize("  abcd2345 ")).isEqualTo("ABCD2345");
    }
}
