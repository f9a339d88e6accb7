package org.yuanwu.infection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A gap in the chain: a producing department with no handover on a working day ({@code unitId} set), or a day whose
 * storage outflow does not match its inflow for a category ({@code category} set, with both weights).
 */
public record WasteGap(LocalDate date, Long unitId, String unitName, WasteCategory category, BigDecimal inflowKg,
                       BigDecimal outflowKg) {
}
