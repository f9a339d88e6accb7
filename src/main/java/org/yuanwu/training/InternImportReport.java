package org.yuanwu.training;

import java.util.List;

/** What an intern-list import did, row by row: the good rows are added, each bad row says why it was refused. */
public record InternImportReport(int added, List<Row> refused) {

    public record Row(int row, String studentNo, String field, String message) {
    }
}
