package org.yuanwu.training;

import java.math.BigDecimal;

/** An exam's figures for one unit: invited, taken (a final result), passed, and passed ÷ taken in percent. */
public record ExamUnitResult(Long unitId, String unitName, int invited, int taken, int passed, BigDecimal passRate) {
}
