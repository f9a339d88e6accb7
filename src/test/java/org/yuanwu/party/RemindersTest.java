package org.yuanwu.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 三会一课 reminder rule: the last ended month or quarter is checked; the running one never is. */
class RemindersTest {

    private static final List<Rhythm> RHYTHMS = List.of(new Rhythm(MeetingKind.ASSEMBLY, RhythmPeriod.QUARTER, 1),
            new Rhythm(MeetingKind.COMMITTEE, RhythmPeriod.MONTH, 1), new Rhythm(MeetingKind.GROUP, RhythmPeriod.MONTH, 1),
            new Rhythm(MeetingKind.LESSON, RhythmPeriod.QUARTER, 1));
    private static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    private static Reminders.HeldMeeting held(MeetingKind kind, LocalDate on) {
        return new Reminders.HeldMeeting(kind, on);
    }

    private static List<Reminder> due(LocalDate on, Reminders.HeldMeeting... meetings) {
        return Reminders.due(RHYTHMS, List.of(new Reminders.BranchMeetings(1L, "内科支部", FOUNDED, List.of(meetings))), on);
    }

    private static List<MeetingKind> kinds(List<Reminder> reminders) {
        return reminders.stream().map(Reminder::kind).toList();
    }

    @Test
    void onTheLastDayOfAMonthOnlyThePreviousMonthIsJudged() {
        // 31 March: March is still running, so nothing held in March is overdue yet; February was kept
        List<Reminder> r = due(LocalDate.of(2026, 3, 31),
                held(MeetingKind.COMMITTEE, LocalDate.of(2026, 2, 27)), held(MeetingKind.GROUP, LocalDate.of(2026, 2, 1)),
                held(MeetingKind.ASSEMBLY, LocalDate.of(2025, 12, 31)), held(MeetingKind.LESSON, LocalDate.of(2025, 10, 1)));
        assertThat(r).isEmpty();
    }

    @Test
    void onTheFirstDayOfTheNextMonthAMonthWithoutItsMeetingIsOverdue() {
        List<Reminder> r = due(LocalDate.of(2026, 4, 1),
                held(MeetingKind.COMMITTEE, LocalDate.of(2026, 2, 27)), held(MeetingKind.GROUP, LocalDate.of(2026, 3, 31)),
                held(MeetingKind.ASSEMBLY, LocalDate.of(2026, 1, 5)), held(MeetingKind.LESSON, LocalDate.of(2026, 3, 1)));
        assertThat(kinds(r)).containsExactly(MeetingKind.COMMITTEE);
        Reminder committee = r.get(0);
        assertThat(committee.periodStart()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(committee.periodEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(committee.held()).isZero();
        assertThat(committee.required()).isEqualTo(1);
    }

    @Test
    void aQuarterlyLessonIsJudgedOnlyOnceTheQuarterHasEnded() {
        // held in Q4 2025 only; on 31 March Q1 is still running, so the lesson is not yet missed
        Reminders.HeldMeeting lastLesson = held(MeetingKind.LESSON, LocalDate.of(2025, 12, 31));
        Reminders.HeldMeeting assembly = held(MeetingKind.ASSEMBLY, LocalDate.of(2025, 11, 2));
        Reminders.HeldMeeting committee = held(MeetingKind.COMMITTEE, LocalDate.of(2026, 2, 10));
        Reminders.HeldMeeting group = held(MeetingKind.GROUP, LocalDate.of(2026, 2, 11));
        assertThat(kinds(due(LocalDate.of(2026, 3, 31), lastLesson, assembly, committee, group))).isEmpty();
        // on 1 April Q1 has ended without a lesson or an assembly
        List<Reminder> r = due(LocalDate.of(2026, 4, 1), lastLesson, assembly, committee, group,
                held(MeetingKind.COMMITTEE, LocalDate.of(2026, 3, 2)), held(MeetingKind.GROUP, LocalDate.of(2026, 3, 3)));
        assertThat(kinds(r)).containsExactlyInAnyOrder(MeetingKind.LESSON, MeetingKind.ASSEMBLY);
        assertThat(r).allSatisfy(x -> {
            assertThat(x.periodStart()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(x.periodEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
        });
    }

    @Test
    void meetingsOnTheFirstAndLastDayOfThePeriodCount() {
        List<Reminder> r = due(LocalDate.of(2026, 7, 15),
                held(MeetingKind.COMMITTEE, LocalDate.of(2026, 6, 1)), held(MeetingKind.GROUP, LocalDate.of(2026, 6, 30)),
                held(MeetingKind.ASSEMBLY, LocalDate.of(2026, 4, 1)), held(MeetingKind.LESSON, LocalDate.of(2026, 6, 30)));
        assertThat(r).isEmpty();
        // a meeting the day after the period does not fill it
        List<Reminder> late = due(LocalDate.of(2026, 7, 15),
                held(MeetingKind.COMMITTEE, LocalDate.of(2026, 7, 1)), held(MeetingKind.GROUP, LocalDate.of(2026, 5, 31)),
                held(MeetingKind.ASSEMBLY, LocalDate.of(2026, 3, 31)), held(MeetingKind.LESSON, LocalDate.of(2026, 5, 5)));
        assertThat(kinds(late)).containsExactlyInAnyOrder(MeetingKind.COMMITTEE, MeetingKind.GROUP, MeetingKind.ASSEMBLY);
    }

    @Test
    void inJanuaryTheLastQuarterOfThePreviousYearIsJudged() {
        List<Reminder> r = due(LocalDate.of(2027, 1, 1), held(MeetingKind.COMMITTEE, LocalDate.of(2026, 12, 31)),
                held(MeetingKind.GROUP, LocalDate.of(2026, 12, 1)), held(MeetingKind.ASSEMBLY, LocalDate.of(2026, 10, 1)));
        assertThat(kinds(r)).containsExactly(MeetingKind.LESSON);
        assertThat(r.get(0).periodStart()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(r.get(0).periodEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aBranchIsNotRemindedOfAPeriodThatBeganBeforeItWasEstablished() {
        List<Reminder> r = Reminders.due(RHYTHMS, List.of(new Reminders.BranchMeetings(2L, "新支部",
                LocalDate.of(2026, 3, 10), List.of())), LocalDate.of(2026, 4, 2));
        assertThat(r).isEmpty();
        List<Reminder> month = Reminders.due(RHYTHMS, List.of(new Reminders.BranchMeetings(2L, "新支部",
                LocalDate.of(2026, 3, 1), List.of())), LocalDate.of(2026, 4, 2));
        assertThat(kinds(month)).containsExactlyInAnyOrder(MeetingKind.COMMITTEE, MeetingKind.GROUP);
    }

    @Test
    void aRhythmOfTwiceAMonthNeedsTwoMeetings() {
        List<Rhythm> twice = List.of(new Rhythm(MeetingKind.GROUP, RhythmPeriod.MONTH, 2));
        List<Reminder> r = Reminders.due(twice, List.of(new Reminders.BranchMeetings(1L, "支部", FOUNDED,
                List.of(held(MeetingKind.GROUP, LocalDate.of(2026, 5, 3))))), LocalDate.of(2026, 6, 1));
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.held()).isEqualTo(1);
            assertThat(x.required()).isEqualTo(2);
        });
    }
}
