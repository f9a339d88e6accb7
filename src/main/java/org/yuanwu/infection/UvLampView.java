package org.yuanwu.infection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A lamp with its latest reading. {@code due}: in use and not measured for half a year (or never);
 * {@code replace}: in use and its latest reading failed.
 */
public record UvLampView(Long id, Long unitId, String unitName, String location, UvLampType lampType, LocalDate installedOn,
                         int hoursUsed, LocalDate retiredOn, String retireReason, LocalDate lastMeasuredOn,
                         BigDecimal lastIntensity, Boolean lastPassed, boolean due, boolean replace, long version) {

    public boolean retired() {
        return retiredOn != null;
    }
}
