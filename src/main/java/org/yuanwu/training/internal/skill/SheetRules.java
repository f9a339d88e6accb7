package org.yuanwu.training.internal.skill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yuanwu.common.DomainException;
import org.yuanwu.training.SkillItemForm;

/**
 * What makes a scoring sheet valid, and when a change needs a new version: items are ordered by
 * their position (ties keep the order given), blank rows are ignored, every item has a distinct
 * name and 0 &lt; maximum ≤ 100 points, a per-occurrence deduction between 0 and the maximum, and the
 * sheet's total is at most 1000. A sheet already used by an assessment is never changed in place.
 */
public final class SheetRules {

    public static final BigDecimal MAX_ITEM_POINTS = new BigDecimal("100");
    public static final BigDecimal MAX_TOTAL = new BigDecimal("1000");
    public static final int MAX_ITEMS = 50;

    /** A checked line, numbered 1..n in its final order. */
    public record Line(int position, String name, BigDecimal maxPoints, BigDecimal perOccurrence, String ruleText) {
    }

    public enum Change {
        /** Nothing differs from the stored sheet. */
        NONE,
        /** Nobody was assessed on the sheet yet: its items are replaced. */
        IN_PLACE,
        /** Assessments used the sheet: a new version takes over, the old one stays with them. */
        NEW_VERSION
    }

    private SheetRules() {
    }

    public static List<Line> check(List<SkillItemForm> items) {
        List<IndexedForm> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SkillItemForm f = items.get(i);
            if (f != null && !f.blank()) {
                rows.add(new IndexedForm(i, f));
            }
        }
        if (rows.isEmpty()) {
            throw DomainException.invalid("items", "training.error.sheetEmpty");
        }
        if (rows.size() > MAX_ITEMS) {
            throw DomainException.invalid("items", "training.error.sheetTooManyItems", MAX_ITEMS);
        }
        rows.sort(Comparator.comparing((IndexedForm r) -> r.form.getPosition() == null ? Integer.MAX_VALUE : r.form.getPosition())
                .thenComparing(r -> r.index));
        List<Line> lines = new ArrayList<>();
        Set<String> names = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (IndexedForm r : rows) {
            SkillItemForm f = r.form;
            int n = r.index + 1;
            if (f.getName() == null) {
                throw DomainException.invalid("items", "training.error.itemNameRequired", n);
            }
            if (f.getName().length() > 200) {
                throw DomainException.invalid("items", "error.tooLong", 200);
            }
            if (!names.add(f.getName())) {
                throw DomainException.invalid("items", "training.error.itemNameTwice", f.getName());
            }
            if (f.getMaxPoints() == null || f.getMaxPoints().signum() <= 0 || f.getMaxPoints().compareTo(MAX_ITEM_POINTS) > 0) {
                throw DomainException.invalid("items", "training.error.itemMaxPoints", f.getName());
            }
            if (f.getPerOccurrence() != null
                    && (f.getPerOccurrence().signum() <= 0 || f.getPerOccurrence().compareTo(f.getMaxPoints()) > 0)) {
                throw DomainException.invalid("items", "training.error.itemPerOccurrence", f.getName());
            }
            if (f.getRuleText() != null && f.getRuleText().length() > 500) {
                throw DomainException.invalid("items", "error.tooLong", 500);
            }
            total = total.add(f.getMaxPoints());
            lines.add(new Line(lines.size() + 1, f.getName(), scale(f.getMaxPoints()), scale(f.getPerOccurrence()),
                    f.getRuleText()));
        }
        if (total.compareTo(MAX_TOTAL) > 0) {
            throw DomainException.invalid("items", "training.error.sheetTotal", MAX_TOTAL);
        }
        return lines;
    }

    public static BigDecimal total(List<Line> lines) {
        return lines.stream().map(Line::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static Change change(List<Line> stored, List<Line> wanted, long assessmentsOnStored) {
        if (same(stored, wanted)) {
            return Change.NONE;
        }
        return assessmentsOnStored > 0 ? Change.NEW_VERSION : Change.IN_PLACE;
    }

    private static boolean same(List<Line> a, List<Line> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Line x = a.get(i);
            Line y = b.get(i);
            if (!x.name().equals(y.name()) || x.maxPoints().compareTo(y.maxPoints()) != 0
                    || !equalNumbers(x.perOccurrence(), y.perOccurrence())
                    || !java.util.Objects.equals(x.ruleText(), y.ruleText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalNumbers(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal scale(BigDecimal v) {
        return v == null ? null : v.setScale(1, RoundingMode.HALF_UP);
    }

    private record IndexedForm(int index, SkillItemForm form) {
    }
}
