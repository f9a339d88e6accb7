package org.yuanwu.quality;

import java.math.BigDecimal;

/** A unit's average score over the period's published inspections of one checklist; place 1–3 are medals. */
public record RankingRow(int place, Long unitId, String unitName, BigDecimal averageScore, long inspections) {

    public boolean medal() {
        return place >= 1 && place <= 3;
    }
}
