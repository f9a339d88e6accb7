package org.yuanwu.organization;

import java.util.List;

/**
 * The outcome of a staff import, row by row.
 *
 * @param rows      data rows read (blank rows are not counted)
 * @param saved     whether anything was written
 * @param created   new staff saved
 * @param updated   existing staff (same employee number) whose values changed
 * @param unchanged rows identical to what is stored
 */
public record ImportReport(ImportMode mode, int rows, boolean saved, int created, int updated, int unchanged,
                           List<RowError> errors) {

    /** A problem in one cell: the sheet's row number (as Excel shows it), the column header and the message. */
    public record RowError(int row, String column, String message) {
    }

    public int invalidRows() {
        return (int) errors.stream().mapToInt(RowError::row).distinct().count();
    }
}
