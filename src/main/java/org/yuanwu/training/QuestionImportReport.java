package org.yuanwu.training;

import java.util.List;
import org.yuanwu.organization.ImportMode;

/**
 * The outcome of a question workbook import, row by row.
 *
 * @param rows    data rows read (blank rows are not counted)
 * @param saved   whether anything was written
 * @param created questions added to the bank
 */
public record QuestionImportReport(ImportMode mode, int rows, boolean saved, int created, List<RowError> errors) {

    /** A problem in one cell: the sheet's row number (as Excel shows it), the column header and the message. */
    public record RowError(int row, String column, String message) {
    }

    public int invalidRows() {
        return (int) errors.stream().mapToInt(RowError::row).distinct().count();
    }
}
