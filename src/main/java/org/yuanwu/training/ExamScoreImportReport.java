package org.yuanwu.training;

import java.util.List;
import org.yuanwu.organization.ImportMode;

/**
 * The outcome of importing a paper exam's scores from a workbook, row by row.
 *
 * @param rows    data rows with a score (rows left blank are skipped, not counted)
 * @param saved   whether anything was written
 * @param entered scores entered (each a new sitting, as if typed in)
 */
public record ExamScoreImportReport(ImportMode mode, int rows, boolean saved, int entered, List<RowError> errors) {

    /** A problem in one cell: the sheet's row number (as Excel shows it), the column header and the message. */
    public record RowError(int row, String column, String message) {
    }

    public int invalidRows() {
        return (int) errors.stream().mapToInt(RowError::row).distinct().count();
    }
}
