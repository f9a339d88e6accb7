package org.yuanwu.union;

import java.util.List;

/** What a member workbook did: how many joined, and each refused row with its reason (nothing else written for it). */
public record MemberImportReport(int rows, int joined, List<RowProblem> problems) {

    public record RowProblem(int row, String employeeNo, String message) {
    }
}
