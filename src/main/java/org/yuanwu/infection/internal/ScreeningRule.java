package org.yuanwu.infection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yuanwu.infection.EventKind;

/**
 * What makes an event suspicious: its kind, more than {@code afterHours} hours after admission (strictly: an
 * event at exactly 48 h is not "more than 48 h"), and, where set, an amount at or above {@code minAmount}
 * (38.0 °C counts as fever), a positive result, a specimen among {@code specimens}. The same conditions are
 * written as SQL for a screening run ({@link #where}) and checked in Java for the rule's test cases ({@link #matches}).
 */
public record ScreeningRule(EventKind kind, BigDecimal minAmount, boolean requirePositive, List<String> specimens,
                            int afterHours) {

    public ScreeningRule {
        specimens = specimens == null ? List.of() : List.copyOf(specimens);
    }

    public boolean matches(EventKind eventKind, int minutesAfterAdmission, BigDecimal amount, String specimen,
                           Boolean positive) {
        if (eventKind != kind || minutesAfterAdmission <= afterHours * 60) {
            return false;
        }
        if (minAmount != null && (amount == null || amount.compareTo(minAmount) < 0)) {
            return false;
        }
        if (requirePositive && !Boolean.TRUE.equals(positive)) {
            return false;
        }
        return specimens.isEmpty() || (specimen != null && specimens.contains(specimen.strip()));
    }

    /** The rule's conditions on {@code infection_event e}, with their parameters appended to {@code params}. */
    public String where(List<Object> params) {
        StringBuilder sql = new StringBuilder("e.kind = ? and e.minutes_after_admission > ?");
        params.add(kind.name());
        params.add(afterHours * 60);
        if (minAmount != null) {
            sql.append(" and e.amount >= ?");
            params.add(minAmount);
        }
        if (requirePositive) {
            sql.append(" and e.positive = true");
        }
        if (!specimens.isEmpty()) {
            sql.append(" and e.specimen in (").append(String.join(", ", specimens.stream().map(s -> "?").toList())).append(')');
            params.addAll(specimens);
        }
        return sql.toString();
    }

    /** "血液, 脑脊液，胸水" → [血液, 脑脊液, 胸水]; commas of either width, blanks dropped. */
    public static List<String> parseSpecimens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Arrays.stream(text.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().forEach(out::add);
        return out;
    }
}
