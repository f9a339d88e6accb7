package org.yuanwu.quality.internal.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yuanwu.quality.RecordAuditParetoRow;

/**
 * Pareto analysis of defects by type: the types sorted by count, largest first (ties by code, so the order
 * is stable), each with its share and the cumulative share of all defects, the line that shows which few
 * types make up most of the problems.
 */
public final class Pareto {

    private Pareto() {
    }

    public record Count(String code, String text, long count) {
    }

    public static List<RecordAuditParetoRow> of(List<Count> counts) {
        List<Count> sorted = new ArrayList<>(counts.stream().filter(c -> c.count() > 0).toList());
        sorted.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::code));
        long total = sorted.stream().mapToLong(Count::count).sum();
        List<RecordAuditParetoRow> rows = new ArrayList<>();
        long running = 0;
        for (Count c : sorted) {
            running += c.count();
            rows.add(new RecordAuditParetoRow(c.code(), c.text(), c.count(), percent(c.count(), total),
                    percent(running, total)));
        }
        return rows;
    }

    static BigDecimal percent(long part, long total) {
        if (total == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
