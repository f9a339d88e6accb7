package org.yuanwu.training;

import java.math.BigDecimal;

/**
 * One person's continuing-education credits in a year: from the hospital's courses attended, from further study
 * and from external credits, against the requirement of her title grade.
 */
public record CreditTotals(int year, BigDecimal courses, BigDecimal furtherStudy, BigDecimal external,
                           BigDecimal total, CreditTitleGrade grade, BigDecimal required, BigDecimal shortfall) {

    public boolean met() {
        return shortfall.signum() == 0;
    }
}
