package org.yuanwu.quality.internal.radiology;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.yuanwu.quality.RadiologyConcordance;
import org.yuanwu.quality.RadiologyGrade;
import org.yuanwu.quality.RadiologyViews;

/**
 * The radiology QC rates: 甲片率 = 甲 images / all graded images, 废片率 = 废片 / all graded images, and the
 * diagnosis concordance rate = diagnoses confirmed (fully concordant) / diagnoses followed up; each in %, one
 * decimal, null when nothing was counted (no rate rather than a misleading 0).
 */
public final class RadiologyRates {

    private RadiologyRates() {
    }

    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public static RadiologyViews.GradeRow grades(Long id, String name, Collection<RadiologyGrade> grades) {
        long a = grades.stream().filter(g -> g == RadiologyGrade.A).count();
        long b = grades.stream().filter(g -> g == RadiologyGrade.B).count();
        long c = grades.stream().filter(g -> g == RadiologyGrade.C).count();
        long reject = grades.stream().filter(g -> g == RadiologyGrade.REJECT).count();
        long total = grades.size();
        return new RadiologyViews.GradeRow(id, name, a, b, c, reject, total, percent(a, total), percent(reject, total));
    }

    /** Partial agreement is followed up but not confirmed. */
    public static boolean confirmed(RadiologyConcordance c) {
        return c == RadiologyConcordance.YES;
    }

    public static BigDecimal concordanceRate(Collection<RadiologyConcordance> followed) {
        return percent(followed.stream().filter(RadiologyRates::confirmed).count(), followed.size());
    }
}
