package org.yuanwu.indicator;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    private static void assertRange(Period period, PeriodType type, LocalDate start, LocalDate end) {
        assertThat(period.type()).isEqualTo(type);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
    }

    @Nested
    class Construction {

        @Test
        void rejectsNullsAndAStartAfterTheEnd() {
            assertThatThrownBy(() -> new Period(null, of(2026, 1, 1), of(2026, 1, 1))).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Period(PeriodType.CUSTOM, null, of(2026, 1, 1))).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Period(PeriodType.CUSTOM, of(2026, 1, 1), null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Period(PeriodType.CUSTOM, of(2026, 1, 2), of(2026, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aSingleDayCustomRangeIsAllowed() {
            assertThat(Period.custom(of(2026, 5, 5), of(2026, 5, 5)).days()).isEqualTo(1);
        }

        @Test
        void aCalendarPeriodCannotSpanMoreThanOneOfItsNaturalPeriods() {
            assertThatThrownBy(() -> new Period(PeriodType.MONTH, of(2026, 1, 15), of(2026, 2, 10)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Period(PeriodType.DAY, of(2026, 1, 1), of(2026, 1, 2)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(new Period(PeriodType.MONTH, of(2026, 1, 15), of(2026, 1, 31)).days()).isEqualTo(17);
        }

        @Test
        void yearsOutsideOneToNineThousandNineHundredNinetyNineAreRejected() {
            assertThatThrownBy(() -> Period.year(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Period.year(10000)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Period.day(LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Period.week(of(9999, 12, 31))).isInstanceOf(IllegalArgumentException.class);
            assertThat(Period.year(9999).code()).isEqualTo("9999");
            assertThat(Period.year(1).code()).isEqualTo("0001");
        }
    }

    @Nested
    class Factories {

        @Test
        void quartersStartAndEndOnTheirCalendarBoundaries() {
            assertRange(Period.quarter(2026, 1), PeriodType.QUARTER, of(2026, 1, 1), of(2026, 3, 31));
            assertRange(Period.quarter(2026, 2), PeriodType.QUARTER, of(2026, 4, 1), of(2026, 6, 30));
            assertRange(Period.quarter(2026, 3), PeriodType.QUARTER, of(2026, 7, 1), of(2026, 9, 30));
            assertRange(Period.quarter(2026, 4), PeriodType.QUARTER, of(2026, 10, 1), of(2026, 12, 31));
        }

        @Test
        void halfYearsStartAndEndOnTheirCalendarBoundaries() {
            assertRange(Period.halfYear(2026, 1), PeriodType.HALF_YEAR, of(2026, 1, 1), of(2026, 6, 30));
            assertRange(Period.halfYear(2026, 2), PeriodType.HALF_YEAR, of(2026, 7, 1), of(2026, 12, 31));
        }

        @Test
        void monthsAndYearsFollowLeapYears() {
            assertRange(Period.month(2024, 2), PeriodType.MONTH, of(2024, 2, 1), of(2024, 2, 29));
            assertThat(Period.month(2024, 2).days()).isEqualTo(29);
            assertThat(Period.month(2026, 2).days()).isEqualTo(28);
            assertThat(Period.year(2024).days()).isEqualTo(366);
            assertThat(Period.year(2026).days()).isEqualTo(365);
            assertThat(Period.year(1900).days()).isEqualTo(365);
            assertThat(Period.year(2000).days()).isEqualTo(366);
            assertThat(Period.halfYear(2024, 1).days()).isEqualTo(182);
            assertThat(Period.quarter(2024, 1).days()).isEqualTo(91);
        }

        @Test
        void outOfRangeNumbersAreRejected() {
            assertThatThrownBy(() -> Period.month(2026, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Period.month(2026, 13)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Period.quarter(2026, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Period.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Period.halfYear(2026, 3)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void weeksAreIsoWeeksFromMondayToSunday() {
            // 2026-03-15 is a Sunday: its week started on Monday the 9th.
            assertRange(Period.week(of(2026, 3, 15)), PeriodType.WEEK, of(2026, 3, 9), of(2026, 3, 15));
            assertRange(Period.week(of(2026, 3, 9)), PeriodType.WEEK, of(2026, 3, 9), of(2026, 3, 15));
            assertThat(Period.week(of(2026, 3, 12)).days()).isEqualTo(7);
        }

        @Test
        void weeksAroundNewYearBelongToTheirWeekBasedYear() {
            // 2026-01-01 is a Thursday, so its week is week 1 of 2026 even though it starts in 2025.
            Period firstOf2026 = Period.week(of(2026, 1, 1));
            assertRange(firstOf2026, PeriodType.WEEK, of(2025, 12, 29), of(2026, 1, 4));
            assertThat(firstOf2026.code()).isEqualTo("2026-W01");
            assertThat(Period.week(of(2025, 12, 29))).isEqualTo(firstOf2026);

            // 2027-01-01 is a Friday: it still belongs to week 53 of 2026.
            Period lastOf2026 = Period.week(of(2027, 1, 1));
            assertRange(lastOf2026, PeriodType.WEEK, of(2026, 12, 28), of(2027, 1, 3));
            assertThat(lastOf2026.code()).isEqualTo("2026-W53");
            assertThat(Period.week(of(2027, 1, 4)).code()).isEqualTo("2027-W01");
        }

        @Test
        void customRangesMayCrossYearsButNotExceedTenYears() {
            Period acrossNewYear = Period.custom(of(2025, 11, 15), of(2026, 2, 14));
            assertRange(acrossNewYear, PeriodType.CUSTOM, of(2025, 11, 15), of(2026, 2, 14));
            assertThat(acrossNewYear.days()).isEqualTo(16 + 31 + 31 + 14);

            assertThat(Period.custom(of(2016, 1, 1), of(2025, 12, 31)).days()).isEqualTo(3653);
            assertThatThrownBy(() -> Period.custom(of(2016, 1, 1), of(2026, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("10 years");
            assertThatThrownBy(() -> Period.custom(of(2026, 3, 1), of(2026, 2, 1))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void containingFindsTheWholePeriodOfEachCalendarType() {
            LocalDate date = of(2026, 8, 20);
            assertThat(Period.containing(PeriodType.DAY, date)).isEqualTo(Period.day(date));
            assertThat(Period.containing(PeriodType.WEEK, date)).isEqualTo(Period.week(date));
            assertThat(Period.containing(PeriodType.MONTH, date)).isEqualTo(Period.month(2026, 8));
            assertThat(Period.containing(PeriodType.QUARTER, date)).isEqualTo(Period.quarter(2026, 3));
            assertThat(Period.containing(PeriodType.HALF_YEAR, date)).isEqualTo(Period.halfYear(2026, 2));
            assertThat(Period.containing(PeriodType.YEAR, date)).isEqualTo(Period.year(2026));
            assertThat(Period.containing(PeriodType.QUARTER, of(2026, 6, 30))).isEqualTo(Period.quarter(2026, 2));
            assertThat(Period.containing(PeriodType.QUARTER, of(2026, 7, 1))).isEqualTo(Period.quarter(2026, 3));
            assertThatThrownBy(() -> Period.containing(PeriodType.CUSTOM, date)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void containsIncludesBothEnds() {
            Period march = Period.month(2026, 3);
            assertThat(march.contains(of(2026, 3, 1))).isTrue();
            assertThat(march.contains(of(2026, 3, 31))).isTrue();
            assertThat(march.contains(of(2026, 2, 28))).isFalse();
            assertThat(march.contains(of(2026, 4, 1))).isFalse();
        }
    }

    @Nested
    class Codes {

        @Test
        void eachTypeIsWrittenInItsOwnForm() {
            assertThat(Period.year(2026).code()).isEqualTo("2026");
            assertThat(Period.halfYear(2026, 1).code()).isEqualTo("2026-H1");
            assertThat(Period.halfYear(2026, 2).code()).isEqualTo("2026-H2");
            assertThat(Period.quarter(2026, 3).code()).isEqualTo("2026-Q3");
            assertThat(Period.month(2026, 3).code()).isEqualTo("2026-03");
            assertThat(Period.month(2026, 12).code()).isEqualTo("2026-12");
            assertThat(Period.week(of(2026, 1, 28)).code()).isEqualTo("2026-W05");
            assertThat(Period.day(of(2026, 3, 15)).code()).isEqualTo("2026-03-15");
            assertThat(Period.custom(of(2026, 1, 1), of(2026, 3, 31)).code()).isEqualTo("2026-01-01..2026-03-31");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026", "2026-H1", "2026-H2", "2026-Q1", "2026-Q3", "2026-Q4", "2026-03", "2026-12",
                "2026-W01", "2026-W05", "2026-W53", "2020-W53", "2026-03-15", "2024-02-29",
                "2026-01-01..2026-03-31", "2025-12-31..2026-01-01", "2026-05-05..2026-05-05"})
        void parseAndCodeAreInverses(String code) {
            Period period = Period.parse(code);
            assertThat(period.code()).isEqualTo(code);
            assertThat(Period.parse(period.code())).isEqualTo(period);
        }

        @Test
        void everyTypeRoundTrips() {
            LocalDate date = of(2027, 1, 1);
            for (PeriodType type : PeriodType.values()) {
                Period period = type == PeriodType.CUSTOM
                        ? Period.custom(of(2024, 2, 29), date)
                        : Period.containing(type, date);
                assertThat(Period.parse(period.code())).as(type.name()).isEqualTo(period);
            }
        }

        @Test
        void parseGivesTheRightPeriods() {
            assertThat(Period.parse("2026-W05")).isEqualTo(Period.week(of(2026, 1, 26)));
            assertThat(Period.parse("2026-W53")).isEqualTo(Period.week(of(2027, 1, 1)));
            assertThat(Period.parse("2026-W01").start()).isEqualTo(of(2025, 12, 29));
            assertThat(Period.parse("2026-Q3")).isEqualTo(Period.quarter(2026, 3));
            assertThat(Period.parse("2026-H2")).isEqualTo(Period.halfYear(2026, 2));
            assertThat(Period.parse("2026-01-01..2026-03-31").type()).isEqualTo(PeriodType.CUSTOM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-Q5", "2026-Q0", "2026-13", "2026-00", "abc", "2026-03-01..2026-02-01",
                "2026-H3", "2026-W00", "2026-W54", "2025-W53", "2026-W5", "2026-3", "26", "20260",
                "2026-02-30", "2026-3-15", " 2026", "2026 ", "", "2026-q3", "2026-h1", "2026-w05",
                "2026-01-01..", "2026-01-01...2026-02-01", "2016-01-01..2026-01-01", "0000", "2026-03-15T00:00"})
        void anythingElseIsRejectedNamingTheText(String code) {
            assertThatThrownBy(() -> Period.parse(code))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + code + "'");
        }

        @Test
        void nullIsRejected() {
            assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aClippedPieceIsWrittenAsARangeAndReadBackAsCustom() {
            Period piece = Period.custom(of(2026, 1, 15), of(2026, 3, 10)).split(PeriodType.MONTH).get(0);
            assertThat(piece.code()).isEqualTo("2026-01-15..2026-01-31");
            Period readBack = Period.parse(piece.code());
            assertRange(readBack, PeriodType.CUSTOM, piece.start(), piece.end());
        }
    }

    @Nested
    class PreviousYear {

        @Test
        void calendarPeriodsMoveByCalendar() {
            assertThat(Period.year(2026).previousYear()).isEqualTo(Period.year(2025));
            assertThat(Period.halfYear(2026, 2).previousYear()).isEqualTo(Period.halfYear(2025, 2));
            assertThat(Period.quarter(2026, 1).previousYear()).isEqualTo(Period.quarter(2025, 1));
            assertThat(Period.month(2026, 3).previousYear()).isEqualTo(Period.month(2025, 3));
        }

        @Test
        void februaryKeepsAllItsDaysAcrossLeapYears() {
            assertThat(Period.month(2025, 2).previousYear()).isEqualTo(Period.month(2024, 2));
            assertThat(Period.month(2025, 2).previousYear().end()).isEqualTo(of(2024, 2, 29));
            assertThat(Period.month(2024, 2).previousYear().end()).isEqualTo(of(2023, 2, 28));
            assertThat(Period.year(2025).previousYear().days()).isEqualTo(366);
        }

        @Test
        void aLeapDayBecomesTheTwentyEighth() {
            assertThat(Period.day(of(2024, 2, 29)).previousYear()).isEqualTo(Period.day(of(2023, 2, 28)));
            assertThat(Period.day(of(2026, 3, 15)).previousYear()).isEqualTo(Period.day(of(2025, 3, 15)));
        }

        @Test
        void aWeekBecomesTheSameWeekNumberOfThePreviousWeekBasedYear() {
            Period week5 = Period.parse("2026-W05");
            assertThat(week5.previousYear().code()).isEqualTo("2025-W05");
            assertThat(Period.parse("2026-W01").previousYear().code()).isEqualTo("2025-W01");
            assertThat(Period.parse("2020-W53").previousYear().code()).isEqualTo("2019-W52");
        }

        @Test
        void week53BecomesWeek52WhenThePreviousYearHasNoWeek53() {
            assertThat(Period.parse("2026-W53").previousYear().code()).isEqualTo("2025-W52");
            assertThat(Period.parse("2021-W01").previousYear().code()).isEqualTo("2020-W01");
        }

        @Test
        void aCustomRangeMovesBothEnds() {
            assertThat(Period.custom(of(2025, 11, 15), of(2026, 2, 14)).previousYear())
                    .isEqualTo(Period.custom(of(2024, 11, 15), of(2025, 2, 14)));
            assertThat(Period.custom(of(2024, 2, 29), of(2024, 2, 29)).previousYear())
                    .isEqualTo(Period.custom(of(2023, 2, 28), of(2023, 2, 28)));
            assertThat(Period.custom(of(2024, 1, 1), of(2024, 2, 29)).previousYear())
                    .isEqualTo(Period.custom(of(2023, 1, 1), of(2023, 2, 28)));
        }

        @Test
        void aClippedPieceKeepsItsTypeAndItsPlaceInThePeriod() {
            Period lateFebruary2025 = new Period(PeriodType.MONTH, of(2025, 2, 10), of(2025, 2, 28));
            assertRange(lateFebruary2025.previousYear(), PeriodType.MONTH, of(2024, 2, 10), of(2024, 2, 29));
            Period earlyFebruary2024 = new Period(PeriodType.MONTH, of(2024, 2, 1), of(2024, 2, 10));
            assertRange(earlyFebruary2024.previousYear(), PeriodType.MONTH, of(2023, 2, 1), of(2023, 2, 10));
            // Thursday to Sunday of 2026-W01 → Thursday to Sunday of 2025-W01.
            Period endOfWeek1 = new Period(PeriodType.WEEK, of(2026, 1, 1), of(2026, 1, 4));
            assertRange(endOfWeek1.previousYear(), PeriodType.WEEK, of(2025, 1, 2), of(2025, 1, 5));
        }
    }

    @Nested
    class Split {

        @Test
        void aYearSplitsIntoTwelveMonthsFourQuartersAndTwoHalves() {
            Period year = Period.year(2026);
            List<Period> months = year.split(PeriodType.MONTH);
            assertThat(months).hasSize(12);
            for (int m = 1; m <= 12; m++) {
                assertThat(months.get(m - 1)).isEqualTo(Period.month(2026, m));
            }
            assertThat(year.split(PeriodType.QUARTER)).containsExactly(
                    Period.quarter(2026, 1), Period.quarter(2026, 2), Period.quarter(2026, 3), Period.quarter(2026, 4));
            assertThat(year.split(PeriodType.HALF_YEAR)).containsExactly(Period.halfYear(2026, 1), Period.halfYear(2026, 2));
            assertThat(Period.year(2024).split(PeriodType.DAY)).hasSize(366);
        }

        @Test
        void aCustomRangeSplitsIntoClippedMonths() {
            List<Period> months = Period.custom(of(2026, 1, 15), of(2026, 3, 10)).split(PeriodType.MONTH);
            assertThat(months).hasSize(3);
            assertRange(months.get(0), PeriodType.MONTH, of(2026, 1, 15), of(2026, 1, 31));
            assertRange(months.get(1), PeriodType.MONTH, of(2026, 2, 1), of(2026, 2, 28));
            assertRange(months.get(2), PeriodType.MONTH, of(2026, 3, 1), of(2026, 3, 10));
            assertThat(months.get(1)).isEqualTo(Period.month(2026, 2));
        }

        @Test
        void aCustomRangeAcrossNewYearSplitsIntoYearsAndQuarters() {
            Period range = Period.custom(of(2025, 11, 15), of(2026, 2, 14));
            List<Period> years = range.split(PeriodType.YEAR);
            assertThat(years).hasSize(2);
            assertRange(years.get(0), PeriodType.YEAR, of(2025, 11, 15), of(2025, 12, 31));
            assertRange(years.get(1), PeriodType.YEAR, of(2026, 1, 1), of(2026, 2, 14));
            assertThat(range.split(PeriodType.QUARTER)).extracting(Period::type).containsOnly(PeriodType.QUARTER);
            assertThat(range.split(PeriodType.QUARTER)).hasSize(2);
        }

        @Test
        void weekPiecesFollowIsoWeeksAndAreClippedToTheMonth() {
            // March 2026 starts on a Sunday and ends on a Tuesday.
            List<Period> weeks = Period.month(2026, 3).split(PeriodType.WEEK);
            assertThat(weeks).hasSize(6);
            assertRange(weeks.get(0), PeriodType.WEEK, of(2026, 3, 1), of(2026, 3, 1));
            assertThat(weeks.get(1)).isEqualTo(Period.week(of(2026, 3, 2)));
            assertRange(weeks.get(5), PeriodType.WEEK, of(2026, 3, 30), of(2026, 3, 31));
            assertThat(weeks.stream().mapToLong(Period::days).sum()).isEqualTo(31);
        }

        @Test
        void piecesAreConsecutiveAndCoverExactlyThePeriod() {
            Period range = Period.custom(of(2023, 12, 20), of(2026, 7, 3));
            for (PeriodType finer : List.of(PeriodType.DAY, PeriodType.WEEK, PeriodType.MONTH, PeriodType.QUARTER,
                    PeriodType.HALF_YEAR, PeriodType.YEAR)) {
                List<Period> pieces = range.split(finer);
                assertThat(pieces.get(0).start()).as(finer.name()).isEqualTo(range.start());
                assertThat(pieces.get(pieces.size() - 1).end()).as(finer.name()).isEqualTo(range.end());
                for (int i = 1; i < pieces.size(); i++) {
                    assertThat(pieces.get(i).start()).isEqualTo(pieces.get(i - 1).end().plusDays(1));
                }
                assertThat(pieces).extracting(Period::type).containsOnly(finer);
                assertThat(pieces.stream().mapToLong(Period::days).sum()).isEqualTo(range.days());
            }
        }

        @Test
        void splittingByTheSameOrACoarserTypeReturnsThePeriodItself() {
            Period month = Period.month(2026, 3);
            assertThat(month.split(PeriodType.MONTH)).containsExactly(month);
            assertThat(month.split(PeriodType.YEAR)).containsExactly(month);
            assertThat(month.split(PeriodType.CUSTOM)).containsExactly(month);
            Period week = Period.week(of(2026, 3, 31));
            assertThat(week.split(PeriodType.MONTH)).containsExactly(week);
            Period custom = Period.custom(of(2026, 1, 1), of(2026, 12, 31));
            assertThat(custom.split(PeriodType.CUSTOM)).containsExactly(custom);
        }

        @Test
        void theResultCannotBeModified() {
            List<Period> months = Period.year(2026).split(PeriodType.MONTH);
            assertThatThrownBy(() -> months.add(Period.month(2027, 1))).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Labels {

        private final Locale zh = Locale.SIMPLIFIED_CHINESE;
        private final Locale en = Locale.ENGLISH;

        @Test
        void chineseLabels() {
            assertThat(Period.year(2026).label(zh)).isEqualTo("2026年");
            assertThat(Period.halfYear(2026, 1).label(zh)).isEqualTo("2026年上半年");
            assertThat(Period.halfYear(2026, 2).label(zh)).isEqualTo("2026年下半年");
            assertThat(Period.quarter(2026, 3).label(zh)).isEqualTo("2026年第3季度");
            assertThat(Period.month(2026, 3).label(zh)).isEqualTo("2026年3月");
            assertThat(Period.parse("2026-W05").label(zh)).isEqualTo("2026年第5周");
            assertThat(Period.day(of(2026, 3, 15)).label(zh)).isEqualTo("2026年3月15日");
            assertThat(Period.custom(of(2026, 1, 1), of(2026, 3, 31)).label(zh)).isEqualTo("2026-01-01 至 2026-03-31");
        }

        @Test
        void anyChineseLocaleGetsChinese() {
            assertThat(Period.year(2026).label(Locale.TRADITIONAL_CHINESE)).isEqualTo("2026年");
            assertThat(Period.year(2026).label(Locale.forLanguageTag("zh"))).isEqualTo("2026年");
            assertThat(Period.year(2026).label(Locale.forLanguageTag("zh-Hant-HK"))).isEqualTo("2026年");
        }

        @Test
        void englishLabels() {
            assertThat(Period.year(2026).label(en)).isEqualTo("2026");
            assertThat(Period.halfYear(2026, 1).label(en)).isEqualTo("H1 2026");
            assertThat(Period.quarter(2026, 3).label(en)).isEqualTo("Q3 2026");
            assertThat(Period.month(2026, 3).label(en)).isEqualTo("Mar 2026");
            assertThat(Period.month(2026, 9).label(en)).isEqualTo("Sep 2026");
            assertThat(Period.parse("2026-W05").label(en)).isEqualTo("Week 5, 2026");
            assertThat(Period.day(of(2026, 3, 15)).label(en)).isEqualTo("2026-03-15");
            assertThat(Period.custom(of(2026, 1, 1), of(2026, 3, 31)).label(en)).isEqualTo("2026-01-01 \u2013 2026-03-31");
        }

        @Test
        void otherLocalesGetEnglish() {
            assertThat(Period.quarter(2026, 3).label(Locale.FRANCE)).isEqualTo("Q3 2026");
            assertThat(Period.quarter(2026, 3).label(Locale.JAPANESE)).isEqualTo("Q3 2026");
        }

        @Test
        void aWeekIsLabelledWithItsWeekBasedYear() {
            assertThat(Period.week(of(2027, 1, 1)).label(zh)).isEqualTo("2026年第53周");
            assertThat(Period.week(of(2027, 1, 1)).label(en)).isEqualTo("Week 53, 2026");
        }

        @Test
        void aClippedPieceIsLabelledLikeACustomRange() {
            List<Period> months = Period.custom(of(2026, 1, 15), of(2026, 3, 10)).split(PeriodType.MONTH);
            assertThat(months.get(0).label(zh)).isEqualTo("2026-01-15 至 2026-01-31");
            assertThat(months.get(1).label(zh)).isEqualTo("2026年2月");
            assertThat(months.get(2).label(en)).isEqualTo("2026-03-01 \u2013 2026-03-10");
        }
    }
}
