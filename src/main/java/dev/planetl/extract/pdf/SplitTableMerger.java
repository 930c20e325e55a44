package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.planetl.extract.pdf.DraftTable.DraftCell;

/**
 * Joins a table continued on the next page: when a table is the first thing on a page (page numbers aside) and the
 * previous page ended with a table of the same column count, the two are one table
 * <ul>
 *   <li>when the new table starts with the old one's header rows, which are dropped; or</li>
 *   <li>without a repeated header, when the new table's first row prints a number (a body row, not a header of its
 *       own) and its columns lie where the old one's do: every column's left and right edge within
 *       {@link #EDGE_TOLERANCE} points.</li>
 * </ul>
 * Stateless.
 */
final class SplitTableMerger {

    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

    /** Lines a page may carry between the end of a table and its continuation: page numbers such as "- 3 -". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–—\\s]*\\d{1,4}[-–—\\s]*$");
    private static final int MAX_HEADER_ROWS = 3;
    /**
     * Column edges of a table and its continuation differ by at most this many points: the same table drawn again
     * on the next page, where a rule's width or a cell's padding moves an edge by a point or two.
     */
    static final double EDGE_TOLERANCE = 3;

    List<Object> merge(List<Object> items) {
        List<Object> out = new ArrayList<>();
        int lastTableAt = -1;
        int lastTablePage = -1;
        for (Object item : items) {
            if (item instanceof DraftTable table && lastTableAt >= 0 && table.page() == lastTablePage + 1
                    && onlyPageNumbersSince(out, lastTableAt)) {
                DraftTable previous = (DraftTable) out.get(lastTableAt);
                int repeated = repeatedHeaderRows(previous, table);
                if (repeated > 0 || continuesWithoutHeader(previous, table)) {
                    DraftTable joined = join(previous, table, repeated);
                    while (out.size() > lastTableAt) {
                        out.remove(out.size() - 1);
                    }
                    out.add(joined);
                    lastTablePage = table.page();
                    continue;
                }
            }
            out.add(item);
            if (item instanceof DraftTable table) {
                lastTableAt = out.size() - 1;
                lastTablePage = table.page();
            } else if (item instanceof DraftText text && !PAGE_NUMBER.matcher(text.text()).matches()) {
                lastTableAt = -1;
            }
        }
        return out;
    }

    private static boolean onlyPageNumbersSince(List<Object> out, int index) {
        for (int i = index + 1; i < out.size(); i++) {
            if (!(out.get(i) instanceof DraftText t) || !PAGE_NUMBER.matcher(t.text()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** How many leading rows of {@code next} repeat the leading rows of {@code previous} (0 when none). */
    static int repeatedHeaderRows(DraftTable previous, DraftTable next) {
        if (previous.columnCount() != next.columnCount()) {
            return 0;
        }
        // a continuation may be the repeated header alone, when only an empty remnant of a cut row followed it
        int max = Math.min(MAX_HEADER_ROWS, Math.min(previous.rowCount() - 1, next.rowCount()));
        for (int k = max; k >= 1; k--) {
            boolean same = true;
            for (int r = 0; r < k && same; r++) {
                same = squeezed(previous.row(r)).equals(squeezed(next.row(r)))
                        && !String.join("", previous.row(r)).isBlank();
            }
            if (same) {
                return k;
            }
        }
        return 0;
    }

    /** Whether {@code next} is the body of {@code previous} continued without its header: see the class comment. */
    static boolean continuesWithoutHeader(DraftTable previous, DraftTable next) {
        if (previous.columnCount() != next.columnCount() || next.rowCount() == 0
                || next.row(0).stream().noneMatch(DraftTable::looksNumeric)) {
            return false;
        }
        double[][] a = edges(previous);
        double[][] b = edges(next);
        for (int c = 0; c < a.length; c++) {
            if (Double.isNaN(a[c][0]) || Double.isNaN(b[c][0]) || Math.abs(a[c][0] - b[c][0]) > EDGE_TOLERANCE
                    || Math.abs(a[c][1] - b[c][1]) > EDGE_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /** Each column's left and right edge from the cells one column wide (NaN when no such cell has text). */
    private static double[][] edges(DraftTable table) {
        double[][] out = new double[table.columnCount()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = new double[] {Double.NaN, Double.NaN};
        }
        for (DraftCell cell : table.cells()) {
            if (cell.columnSpan() != 1 || cell.box() == null || cell.column() >= out.length) {
                continue;
            }
            double[] e = out[cell.column()];
            double left = cell.box().x();
            double right = cell.box().x() + cell.box().width();
            e[0] = Double.isNaN(e[0]) ? left : Math.min(e[0], left);
            e[1] = Double.isNaN(e[1]) ? right : Math.max(e[1], right);
        }
        return out;
    }

    private static List<String> squeezed(List<String> row) {
        return row.stream().map(s -> SPACE_RUN.matcher(s).replaceAll("")).toList();
    }

    /**
     * Joins the parts; a row cut by the page break leaves an empty ruled band at the foot of the first part or under
     * the repeated header, and such empty rows at the seam are dropped.
     */
    private static DraftTable join(DraftTable previous, DraftTable next, int repeated) {
        int keepRows = previous.rowCount();
        while (keepRows > 1 && emptyRow(previous, keepRows - 1)) {
            keepRows--;
        }
        int skip = repeated;
        while (skip < next.rowCount() - 1 && emptyRow(next, skip)) {
            skip++;
        }
        List<DraftCell> cells = new ArrayList<>();
        for (DraftCell c : previous.cells()) {
            if (c.row() < keepRows) {
                cells.add(c.row() + c.rowSpan() > keepRows
                        ? new DraftCell(c.row(), c.column(), keepRows - c.row(), c.columnSpan(), c.text(), c.page(), c.box())
                        : c);
            }
        }
        int offset = keepRows - skip;
        int rowCount = keepRows + next.rowCount() - skip;
        for (DraftCell c : next.cells()) {
            if (c.row() < skip) {
                continue;
            }
            int span = Math.max(1, Math.min(c.rowSpan(), next.rowCount() - c.row()));
            cells.add(new DraftCell(c.row() + offset, c.column(), span, c.columnSpan(), c.text(), c.page(), c.box()));
        }
        return new DraftTable(previous.page(), previous.box(), rowCount, previous.columnCount(),
                Math.max(previous.headerRows(), repeated), cells);
    }

    private static boolean emptyRow(DraftTable table, int row) {
        return table.cells().stream().noneMatch(c -> c.row() <= row && row < c.row() + c.rowSpan() && !c.text().isBlank());
    }
}
