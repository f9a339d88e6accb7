package org.yuanwu.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two hours of political study a week: weeks run Monday to Sunday; a week under the hours, or empty, is short. */
class StudyHoursTest {

    private static final BigDecimal TWO = new BigDecimal("2");

    @Test
    void hoursAreSummedPerMondayToSundayWeekAndWeeksUnderTwoHoursAreShort() {
        // 2026-03-02 is a Monday
        List<StudyHours.Session> sessions = List.of(
                new StudyHours.Session(LocalDate.of(2026, 3, 2), new BigDecimal("1.0"), 10, 12),
                new StudyHours.Session(LocalDate.of(2026, 3, 8), new BigDecimal("1.0"), 8, 12),   // Sunday, same week
                new StudyHours.Session(LocalDate.of(2026, 3, 9), new BigDecimal("1.5"), 12, 12),  // next Monday
                new StudyHours.Session(LocalDate.of(2026, 3, 23), new BigDecimal("2.5"), 9, 10));
        List<StudyWeek> weeks = StudyHours.weeks(7L, "心内科", sessions, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 29), TWO);
        assertThat(weeks).extracting(StudyWeek::weekStart).containsExactly(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 23));
        assertThat(weeks.get(0).hours()).isEqualByComparingTo("2.0");
        assertThat(weeks.get(0).shortOfHours()).isFalse();
        assertThat(weeks.get(0).coveragePercent()).isEqualByComparingTo("75.0");
        assertThat(weeks.get(1).shortOfHours()).isTrue();
        assertThat(weeks.get(2).sessions()).isZero();
        assertThat(weeks.get(2).shortOfHours()).isTrue();
        assertThat(weeks.get(2).coveragePercent()).isNull();
        assertThat(weeks.get(3).shortOfHours()).isFalse();
    }

    @Test
    void aRangeStartingMidWeekBeginsWithTheNextMonday() {
        List<StudyWeek> weeks = StudyHours.weeks(7L, "心内科", List.of(), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 16), TWO);
        assertThat(weeks).extracting(StudyWeek::weekStart).containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16));
        assertThat(StudyHours.weekStart(LocalDate.of(2026, 3, 8))).isEqualTo(LocalDate.of(2026, 3, 2));
    }
}
