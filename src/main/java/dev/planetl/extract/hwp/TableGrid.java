package dev.planetl.extract.hwp;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Places the cells an HWP or HWPX table declares on a grid by their own row/column address and span
 * (never by the order they are listed in), and decides how many leading rows are header rows.
 * Stateless and thread-safe.
 */
public final class TableGrid {

    /** Grids past this many positions are not tables a person wrote; their spans are clamped. */
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 1_000;

    /** A value cell: 8,616.82 / 966.11.00 / -12 / 5,521.27 (15.98) / 14.91%. */
    private static final Pattern NUMERIC =
            Pattern.compile("^[-+−]?[\\d,]*\\d(?:\\.\\d+)*%?(?:\\s*\\(\\s*[-+−]?[\\d,.]+%?\\s*\\))?$");

    private TableGrid() {
    }

    /**
     * @param index the table's index among the document's tables
     * @param declaredRows the row count the file declares (0 when it does not)
     * @param declaredColumns the column count the file declares (0 when it does not)
     * @param declared the cells as the file lists them
     * @param where the provenance of the table (paragraph ordinal in {@code line})
     * @param warnings receives a message for every cell that had to be clamped or could not be placed
     */
    public static Table build(int index, int declaredRows, int declaredColumns, List<GridCell> declared,
                              Provenance where, String source, Consumer<String> warnings) {
        Provenance tableWhere = where.inTable(index);
        int rows = Math.max(0, Math.min(declaredRows, MAX_ROWS));
        int columns = Math.max(0, Math.min(declaredColumns, MAX_COLUMNS));
        for (GridCell c : declared) {
            if (c.row() < MAX_ROWS && c.column() < MAX_COLUMNS && c.row() >= 0 && c.column() >= 0) {
                rows = Math.max(rows, c.row() + 1);
                columns = Math.max(columns, c.column() + 1);
            }
        }
        boolean[][] taken = new boolean[rows][columns];
        List<Cell> cells = new ArrayList<>();
        List<Boolean> headerMarks = new ArrayList<>();
        for (GridCell c : declared) {
            String text = Normalizer.normalize(c.text(), Normalizer.Form.NFC);
            if (c.row() < 0 || c.column() < 0 || c.row() >= rows || c.column() >= columns) {
                warnings.accept(source + ": table " + index + " has a cell at an impossible address "
                        + c.row() + "," + c.column() + "; its text \"" + text + "\" is left out");
                continue;
            }
            int rowSpan = Math.max(1, Math.min(c.rowSpan(), rows - c.row()));
            int columnSpan = Math.max(1, Math.min(c.columnSpan(), columns - c.column()));
            if (rowSpan != c.rowSpan() || columnSpan != c.columnSpan()) {
                warnings.accept(source + ": table " + index + " cell " + c.row() + "," + c.column()
                        + " declares span " + c.rowSpan() + "x" + c.columnSpan() + " past the table's "
                        + rows + "x" + columns + " grid; clamped to " + rowSpan + "x" + columnSpan);
            }
            if (overlaps(taken, c.row(), c.column(), rowSpan, columnSpan)) {
                warnings.accept(source + ": table " + index + " cell " + c.row() + "," + c.column()
                        + " overlaps a cell placed before it; its text \"" + text + "\" is left out");
                continue;
            }
            for (int r = c.row(); r < c.row() + rowSpan; r++) {
                for (int k = c.column(); k < c.column() + columnSpan; k++) {
                    taken[r][k] = true;
                }
            }
            cells.add(new Cell(c.row(), c.column(), rowSpan, columnSpan, text, tableWhere.atCell(c.row(), c.column())));
            headerMarks.add(c.markedHeader());
        }
        int headerRows = headerRows(cells, headerMarks, rows);
        return new Table(index, rows, columns, headerRows, cells, tableWhere);
    }

    private static boolean overlaps(boolean[][] taken, int row, int column, int rowSpan, int columnSpan) {
        for (int r = row; r < row + rowSpan; r++) {
            for (int k = column; k < column + columnSpan; k++) {
                if (taken[r][k]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Leading rows every cell of which the file marks as a title cell; when the file marks none,
     * leading rows in which no cell holds a number. A table that is all header by either rule reports 0 (unknown).
     */
    static int headerRows(List<Cell> cells, List<Boolean> headerMarks, int rows) {
        boolean anyMarked = headerMarks.contains(Boolean.TRUE);
        int k = 0;
        while (k < rows && rowQualifies(cells, headerMarks, k, anyMarked)) {
            k++;
        }
        return k >= rows ? 0 : k;
    }

    private static boolean rowQualifies(List<Cell> cells, List<Boolean> headerMarks, int row, boolean byMark) {
        boolean any = false;
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (cell.row() > row || cell.row() + cell.rowSpan() <= row) {
                continue;
            }
            any = true;
            if (byMark ? !headerMarks.get(i) : isNumeric(cell.text())) {
                return false;
            }
        }
        return any;
    }

    static boolean isNumeric(String text) {
        return NUMERIC.matcher(text.strip()).matches();
    }
}
