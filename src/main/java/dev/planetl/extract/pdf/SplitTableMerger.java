package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.planetl.extract.pdf.DraftTable.DraftCell;

/**
 * Joins a table continued on the next page: when a table is the first thing on a page (page numbers aside),
 * the previous page ended with a table of the same column count, and the new table starts with the old one's
 * header rows, the two are one table and the repeated header rows are dropped. Stateless.
 */
final class SplitTableMerger {

    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

    /** Lines a page may carry between the end of a table and its continuation: page numbers such as "- 3 -". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–—\\s]*\\d{1,4}[-–—\\s]*$");
    private static final int MAX_HEADER_ROWS = 3;

    List<Object> merge(List<Object> items) {
        List<Object> out = new ArrayList<>();
        int lastTableAt = -1;
        int lastTablePage = -1;
        for (Object item : items) {
            if (item instanceof DraftTable table && lastTableAt >= 0 && table.page() == lastTablePage + 1
                    && onlyPageNumbersSince(out, lastTableAt)) {
                DraftTable previous = (DraftTable) out.get(lastTableAt);
                int repeated = repeatedHeaderRows(previous, table);
                if (repeated > 0) {
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
