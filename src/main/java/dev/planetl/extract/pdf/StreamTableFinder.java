package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds tables drawn without rules. Rows come from baselines ({@link TextRow}); columns are the x ranges
 * between gaps that stay empty down a run of consecutive rows ({@link GapColumns}). A run becomes a table only when
 * at least {@link #MIN_ROWS} rows have text in at least three columns (two shared gaps); anything else stays text.
 * A text run crossing a gap (a header over several columns) becomes a cell spanning those columns.
 * A run of exactly two rows is left to {@link TwoRowTables}, which takes a header row over one row of numbers under
 * stricter conditions. Stateless.
 */
final class StreamTableFinder {

    static final int MIN_ROWS = 3;
    /**
     * A gap between glyphs wider than this share of the font size separates two cells of a row: cell padding is
     * rarely under 0.6 of the size, a word space (a space glyph, or a Hangul/Latin seam) under 0.35.
     */
    static final double CELL_GAP = 0.5;
    /**
     * Rows further apart than this many font sizes do not belong to one table. Generous, because a row split by a
     * page break leaves an empty band under the repeated header.
     */
    static final double MAX_ROW_DISTANCE = 6;

    /** One table found, and which of the page's rows it took (by index). */
    record Found(DraftTable table, int firstRow, int lastRow) {
    }

    /** A run of rows this long that makes no table is skipped whole rather than retried row by row. */
    private static final int RETRY_LIMIT = 40;

    List<Found> find(List<TextRow> rows, int page) {
        int[] cells = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            cells[r] = rows.get(r).occupied(CELL_GAP).size();
        }
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (cells[i] < 2) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < rows.size() && belongs(rows, cells, i, end + 1)) {
                end++;
            }
            int floor = found.isEmpty() ? 0 : found.get(found.size() - 1).lastRow() + 1;
            Found table = tableOf(rows, i, end, page, floor);
            if (table == null && end == i + 1) {
                table = TwoRowTables.twoRowTable(rows, cells, i, page);
            }
            if (table != null) {
                found.add(table);
                i = table.lastRow() + 1;
            } else {
                // a table may start a little way into a run (rows of text set in two runs above it), but retrying
                // a long run row by row would cost quadratic time
                i = end - i + 1 > RETRY_LIMIT ? end + 1 : i + 1;
            }
        }
        return found;
    }

    /** Whether row {@code next} may extend the run started at {@code first}. */
    private static boolean belongs(List<TextRow> rows, int[] cells, int first, int next) {
        TextRow start = rows.get(first);
        TextRow previous = rows.get(next - 1);
        TextRow row = rows.get(next);
        if (!sameSize(row, start) || row.top() - previous.bottom() > MAX_ROW_DISTANCE * start.size()) {
            return false;
        }
        if (cells[next] >= 2) {
            return true;
        }
        // one or two one-cell rows (section rows, a row with a single value) followed by a tabular row, each starting
        // where the table's rows start: where its first row starts, or where that tabular row starts (the first row
        // may be a header set centred over its columns, the section rows flush left with the labels below)
        int tabular = next + 1;
        while (tabular < rows.size() && tabular <= next + 2 && cells[tabular] < 2) {
            tabular++;
        }
        if (tabular > next + 2 || tabular >= rows.size()) {
            return false;
        }
        double bodyLeft = rows.get(tabular).left();
        for (int k = next; k <= tabular; k++) {
            if (!sameSize(rows.get(k), start)) {
                return false;
            }
        }
        for (int k = next; k < tabular; k++) {
            double left = rows.get(k).left();
            if (Math.abs(left - start.left()) > 1.0 && Math.abs(left - bodyLeft) > 1.0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a row is set in the size of the run's first row, within 15 %. */
    static boolean sameSize(TextRow row, TextRow start) {
        return Math.abs(row.size() - start.size()) <= 0.15 * start.size();
    }

    private static Found tableOf(List<TextRow> all, int first, int last, int page, int floor) {
        int from = first;
        int to = last;
        // up to two passes: rows dropped from the top change the gaps the header rows are measured against
        for (int pass = 0; pass < 2; pass++) {
            List<TextRow> rows = all.subList(from, to + 1);
            if (rows.size() < MIN_ROWS) {
                return null;
            }
            List<double[]> columns = GapColumns.columns(rows, rows.get(0).size());
            if (columns.size() < 3) {
                return null;
            }
            // trim rows at both ends that do not reach into two columns (captions, unit lines, notes), and top rows
            // whose text starts inside a column and runs over its gap: the rows of another table set just above
            int start = 0;
            int end = rows.size() - 1;
            while (start <= end && (GapColumns.occupiedColumns(rows.get(start), columns) < 2
                    || start < 2 && startsInsideAndCrosses(rows.get(start), columns))) {
                start++;
            }
            while (end >= start && GapColumns.occupiedColumns(rows.get(end), columns) < 2) {
                end--;
            }
            if (end - start + 1 < MIN_ROWS) {
                return null;
            }
            if (start == 0 && end == rows.size() - 1) {
                long wide = rows.stream().filter(r -> GapColumns.occupiedColumns(r, columns) >= 3).count();
                if (wide < MIN_ROWS) {
                    return null;
                }
                return placed(all, from, to, GapColumns.mergeHeaderOnlyColumns(rows, columns), page, floor);
            }
            to = from + end;
            from = from + start;
        }
        List<TextRow> rows = all.subList(from, to + 1);
        List<double[]> columns = GapColumns.columns(rows, rows.get(0).size());
        long wide = rows.stream().filter(r -> GapColumns.occupiedColumns(r, columns) >= 3).count();
        if (rows.size() < MIN_ROWS || columns.size() < 3 || wide < MIN_ROWS) {
            return null;
        }
        return placed(all, from, to, GapColumns.mergeHeaderOnlyColumns(rows, columns), page, floor);
    }

    /**
     * The table of rows {@code from..to} with the given columns, under the header rows set above it in another size
     * ({@link AlignedTableBuilder#headerRowsAbove}); rows before {@code floor} belong to an earlier table.
     */
    private static Found placed(List<TextRow> all, int from, int to, List<double[]> columns, int page, int floor) {
        int above = AlignedTableBuilder.headerRowsAbove(all, from, floor, columns);
        List<TextRow> rows = all.subList(from - above, to + 1);
        return new Found(AlignedTableBuilder.build(rows, columns, page, above), from - above, to);
    }

    /**
     * Whether a row has a run of text that starts well inside a column (not at its left edge, as left-aligned or
     * spanning header text does) and runs past the column's end: a row of another table set just above, or a line of
     * justified prose whose word gaps happened to line up. One exception: a header row (each run of text in a column
     * of its own) may set a name centred over a column whose body is flush left ({@code 부처} over ministry names),
     * overhanging the column into its gap, as long as a column gap stays open before the next column.
     */
    private static boolean startsInsideAndCrosses(TextRow row, List<double[]> columns) {
        List<TextLine.Chunk> chunks = new ArrayList<>();
        row.lines().forEach(l -> chunks.addAll(l.chunks(CELL_GAP)));
        boolean[] used = new boolean[columns.size()];
        boolean header = true;
        for (TextLine.Chunk chunk : chunks) {
            int c = GapColumns.columnOf(columns, chunk.left());
            header &= !used[c];
            used[c] = true;
        }
        for (TextLine.Chunk chunk : chunks) {
            int c = GapColumns.columnOf(columns, chunk.left());
            double[] column = columns.get(c);
            boolean inside = chunk.left() - column[0] > row.size();
            if (!inside || chunk.right() <= column[1] + 1.0) {
                continue;
            }
            boolean gapStaysOpen = c + 1 == columns.size()
                    || columns.get(c + 1)[0] - chunk.right() >= GapColumns.MIN_COLUMN_GAP * row.size();
            if (!header || !gapStaysOpen) {
                return true;
            }
        }
        return false;
    }
}
