package org.yuanwu.party;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One unit's conduct record over a month ({@code month} "2026-03") or, for the unit's total line, the whole range
 * ({@code month} null): the count of each kind and the yuan of gifts refused.
 */
public record ConductTotal(Long unitId, String unitName, String month, Map<ConductKind, Long> counts,
                           BigDecimal giftsRefusedYuan) {

    public long count(ConductKind kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
