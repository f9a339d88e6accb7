package org.yuanwu.training.internal.file;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.yuanwu.common.HospitalTime;
import org.yuanwu.training.CreditTitleGrade;
import org.yuanwu.training.CreditTotals;

/**
 * How a year's continuing-education credits add up. A course earns its credit hours for every session the
 * person attended (present), dated by the session's start in hospital time; further study and external credits
 * count in the year they end (when the certificate is earned). Withdrawn entries are not given here. The
 * shortfall is the requirement minus the total, never below zero.
 */
public final class CreditRules {

    /** Where credits came from. */
    public enum Source { COURSE, FURTHER_STUDY, EXTERNAL }

    /** Credits earned on a date. */
    public record Earned(Source source, LocalDate on, BigDecimal hours) {
    }

    private CreditRules() {
    }

    /** The hospital-time date a session starting at this instant counts on. */
    public static LocalDate sessionDate(Instant startsAt) {
        return LocalDate.ofInstant(startsAt, HospitalTime.ZONE);
    }

    /** The first instant of the year in hospital time (a session before it belongs to the year before). */
    public static Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(HospitalTime.ZONE).toInstant();
    }

    public static CreditTotals totals(int year, Collection<Earned> earned, CreditTitleGrade grade, BigDecimal required) {
        BigDecimal courses = BigDecimal.ZERO;
        BigDecimal study = BigDecimal.ZERO;
        BigDecimal external = BigDecimal.ZERO;
        for (Earned e : earned) {
            if (e.on() == null || e.on().getYear() != year || e.hours() == null) {
                continue;
            }
            switch (e.source()) {
                case COURSE -> courses = courses.add(e.hours());
                case FURTHER_STUDY -> study = study.add(e.hours());
                case EXTERNAL -> external = external.add(e.hours());
            }
        }
        BigDecimal total = courses.add(study).add(external);
        BigDecimal need = required == null ? BigDecimal.ZERO : required;
        BigDecimal shortfall = need.subtract(total).max(BigDecimal.ZERO);
        return new CreditTotals(year, one(courses), one(study), one(external), one(total), grade, one(need), one(shortfall));
    }

    private static BigDecimal one(BigDecimal v) {
        return v.setScale(1, RoundingMode.HALF_UP);
    }
}
