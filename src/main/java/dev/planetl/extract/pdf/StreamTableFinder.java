package dev.planetl.extract.pdf;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.planetl.extract.BoundingBox;
import dev.planetl.extract.pdf.DraftTable.DraftCell;
import dev.planetl.extract.text.TextRules;

/**
 * Finds tables drawn without rules. Rows come from baselines ({@link TextRow}); columns are the x ranges
 * between gaps that stay empty down a run of consecutive rows. A run becomes a table only when at least
 * {@link #MIN_ROWS} rows have text in at least three columns (two shared gaps); anything else stays text.
 * A text run crossing a gap (a header over several columns) becomes a cell spanning those columns.
 * <p>
 * Budget documents also print small tables of exactly two rows: a header row of names (cells wrapping over a few
 * lines inside their column) and one row of numbers. Two rows alone cannot be told from aligned text by their gaps,
 * so such a pair becomes a table only under stricter conditions (see {@link #twoRowTable}): at least
 * {@value #MIN_NUMBERS_UNDER_HEADER} numbers, each alone in its column under a header cell it is aligned with.
 * Stateless.
 */
final class StreamTableFinder {

    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern DASH = Pattern.compile("[-‐-―−]");

    static final int MIN_ROWS = 3;
    /**
     * A gap between glyphs wider than this share of the font size separates two cells of a row: cell padding is
     * rarely under 0.6 of the size, a word space (a space glyph, or a Hangul/Latin seam) under 0.35.
     */
    static final double CELL_GAP = 0.5;
    /** A column gap must be at least this share of the font size wide. */
    static final double MIN_COLUMN_GAP = 0.5;
    /**
     * Rows further apart than this many font sizes do not belong to one table. Generous, because a row split by a
     * page break leaves an empty band under the repeated header.
     */
    static final double MAX_ROW_DISTANCE = 6;
    private static final double BIN = 0.5;
    /** A two-row table needs at least this many numbers in its second row, each under a header cell. */
    static final int MIN_NUMBERS_UNDER_HEADER = 3;
    /** The header row of a two-row table wraps over at most this many lines. */
    static final int MAX_HEADER_LINES = 3;
    /**
     * The number row of a two-row table starts at most this many font sizes below the header row: the cell
     * padding of one table row, not the spacing between paragraphs and a table.
     */
    static final double MAX_TWO_ROW_DISTANCE = 2.5;
    /**
     * A number set flush right in its cell ends at most this many font sizes before the next column's header starts
     * (the cell padding on both sides of the column gap).
     */
    static final double FLUSH_RIGHT_GUTTER = 2;

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
                table = twoRowTable(rows, cells, i, page);
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

    private static boolean sameSize(TextRow row, TextRow start) {
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
            List<double[]> columns = columns(rows, rows.get(0).size());
            if (columns.size() < 3) {
                return null;
            }
            // trim rows at both ends that do not reach into two columns (captions, unit lines, notes), and top rows
            // whose text starts inside a column and runs over its gap: the rows of another table set just above
            int start = 0;
            int end = rows.size() - 1;
            while (start <= end && (occupiedColumns(rows.get(start), columns) < 2
                    || start < 2 && startsInsideAndCrosses(rows.get(start), columns))) {
                start++;
            }
            while (end >= start && occupiedColumns(rows.get(end), columns) < 2) {
                end--;
            }
            if (end - start + 1 < MIN_ROWS) {
                return null;
            }
            if (start == 0 && end == rows.size() - 1) {
                long wide = rows.stream().filter(r -> occupiedColumns(r, columns) >= 3).count();
                if (wide < MIN_ROWS) {
                    return null;
                }
                return placed(all, from, to, mergeHeaderOnlyColumns(rows, columns), page, floor);
            }
            to = from + end;
            from = from + start;
        }
        List<TextRow> rows = all.subList(from, to + 1);
        List<double[]> columns = columns(rows, rows.get(0).size());
        long wide = rows.stream().filter(r -> occupiedColumns(r, columns) >= 3).count();
        if (rows.size() < MIN_ROWS || columns.size() < 3 || wide < MIN_ROWS) {
            return null;
        }
        return placed(all, from, to, mergeHeaderOnlyColumns(rows, columns), page, floor);
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
     * A table of exactly two rows, {@code first} and the row after it: a header row of names whose cells may wrap over
     * up to {@value #MAX_HEADER_LINES} lines, then one line of values. It is taken only when
     * <ul>
     *   <li>no tabular row of the same size sits right above it (the pair would be the tail of a larger block that
     *       is no table), and the value line follows the header row closely;</li>
     *   <li>the gaps no row covers give at least three columns and every run of text of both rows lies inside one
     *       column (no text crosses a gap);</li>
     *   <li>every column holds at most one value; at least {@value #MIN_NUMBERS_UNDER_HEADER} of them are numbers
     *       ({@code 5,521.27}, {@code 5,521.27 (15.98)}, or a dash for none) and every number has a header cell in its
     *       column that it overlaps, is left-, right- or centre-aligned with, or sits flush right under
     *       ({@link #alignedWith}); the only value that may be no number is a row label in the first column;</li>
     *   <li>no header cell is a number.</li>
     * </ul>
     * Anything else (paragraph lines, a contents entry with its page number, lists) returns {@code null}.
     */
    static Found twoRowTable(List<TextRow> rows, int[] cells, int first, int page) {
        if (first + 1 >= rows.size()) {
            return null;
        }
        TextRow header = rows.get(first);
        TextRow values = rows.get(first + 1);
        double size = header.size();
        if (!sameSize(values, header) || values.lines().size() != 1 || header.lines().size() > MAX_HEADER_LINES
                || values.top() - header.bottom() > MAX_TWO_ROW_DISTANCE * size) {
            return null;
        }
        if (first > 0 && cells[first - 1] >= 2) {
            TextRow above = rows.get(first - 1);
            if (sameSize(above, header) && header.top() - above.bottom() <= MAX_ROW_DISTANCE * size) {
                return null;
            }
        }
        List<TextRow> pair = rows.subList(first, first + 2);
        List<double[]> columns = mergeHeaderOnlyColumns(pair, columns(pair, size));
        if (columns.size() < 3) {
            return null;
        }
        List<List<TextLine.Chunk>> heads = chunksByColumn(header, columns);
        List<List<TextLine.Chunk>> vals = chunksByColumn(values, columns);
        if (heads == null || vals == null) {
            return null;
        }
        int numbers = 0;
        int digits = 0;
        for (int c = 0; c < columns.size(); c++) {
            List<TextLine.Chunk> head = heads.get(c);
            if (!head.isEmpty() && TextRules.isNumber(LatticeTableFinder.cellText(glyphsOf(head)))) {
                return null;
            }
            List<TextLine.Chunk> value = vals.get(c);
            if (value.size() > 1) {
                return null;
            }
            if (value.isEmpty()) {
                continue;
            }
            TextLine.Chunk v = value.get(0);
            String text = TextLine.textOf(v.glyphs()).strip();
            boolean number = TextRules.isNumber(text);
            if (!number && !isDash(text)) {
                if (c != 0) {
                    return null;
                }
                continue;
            }
            if (head.isEmpty() || !alignedWith(v, head, nextHeaderLeft(heads, c), size)) {
                return null;
            }
            numbers++;
            digits += number ? 1 : 0;
        }
        if (numbers < MIN_NUMBERS_UNDER_HEADER || digits == 0) {
            return null;
        }
        return new Found(AlignedTableBuilder.build(pair, columns, page, 0), first, first + 1);
    }

    /** A dash standing for "none" in a number cell. */
    private static boolean isDash(String text) {
        return DASH.matcher(text).matches();
    }

    /** The runs of text of a row, by the column each lies in; {@code null} when a run crosses a column gap. */
    private static List<List<TextLine.Chunk>> chunksByColumn(TextRow row, List<double[]> columns) {
        List<List<TextLine.Chunk>> out = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            out.add(new ArrayList<>());
        }
        for (TextLine line : row.lines()) {
            for (TextLine.Chunk chunk : line.chunks(CELL_GAP)) {
                int c = columnOf(columns, chunk.left());
                if (columnOf(columns, chunk.right()) != c) {
                    return null;
                }
                out.get(c).add(chunk);
            }
        }
        return out;
    }

    /**
     * Whether a value sits under a header cell: their x ranges overlap, they share a left edge, a right edge or a
     * centre to within a font size, or the value is set flush right in the header's cell (names flush left, numbers
     * flush right): it starts after the header does and ends at most {@value #FLUSH_RIGHT_GUTTER} font sizes before
     * the next header starts. In the last column, whose right edge nothing shows, starting after the header is
     * enough; the other numbers of the row carry the evidence.
     */
    private static boolean alignedWith(TextLine.Chunk value, List<TextLine.Chunk> head, double nextHeaderLeft,
            double size) {
        double left = head.stream().mapToDouble(TextLine.Chunk::left).min().orElseThrow();
        double right = head.stream().mapToDouble(TextLine.Chunk::right).max().orElseThrow();
        boolean overlap = value.left() < right && value.right() > left;
        if (overlap || Math.abs(value.left() - left) <= size || Math.abs(value.right() - right) <= size
                || Math.abs((value.left() + value.right()) / 2 - (left + right) / 2) <= size) {
            return true;
        }
        boolean startsAfterHeader = value.left() >= left;
        return Double.isNaN(nextHeaderLeft) ? startsAfterHeader
                : startsAfterHeader && value.right() < nextHeaderLeft
                        && nextHeaderLeft - value.right() <= FLUSH_RIGHT_GUTTER * size;
    }

    /** Where the first header cell right of column {@code c} starts; NaN when there is none. */
    private static double nextHeaderLeft(List<List<TextLine.Chunk>> heads, int c) {
        for (int k = c + 1; k < heads.size(); k++) {
            if (!heads.get(k).isEmpty()) {
                return heads.get(k).stream().mapToDouble(TextLine.Chunk::left).min().orElseThrow();
            }
        }
        return Double.NaN;
    }

    private static List<Glyph> glyphsOf(List<TextLine.Chunk> chunks) {
        List<Glyph> out = new ArrayList<>();
        chunks.forEach(c -> out.addAll(c.glyphs()));
        return out;
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
            int c = columnOf(columns, chunk.left());
            header &= !used[c];
            used[c] = true;
        }
        for (TextLine.Chunk chunk : chunks) {
            int c = columnOf(columns, chunk.left());
            double[] column = columns.get(c);
            boolean inside = chunk.left() - column[0] > row.size();
            if (!inside || chunk.right() <= column[1] + 1.0) {
                continue;
            }
            boolean gapStaysOpen = c + 1 == columns.size()
                    || columns.get(c + 1)[0] - chunk.right() >= MIN_COLUMN_GAP * row.size();
            if (!header || !gapStaysOpen) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short left-aligned header above right-aligned numbers, or a left-aligned "-" among them, leaves a gap that no
     * row crosses, so one column reads as two. Neighbours never filled in the same row, of which at most one has
     * header text, are joined; two columns with headers of their own stay apart.
     */
    static List<double[]> mergeHeaderOnlyColumns(List<TextRow> rows, List<double[]> columns) {
        List<double[]> out = new ArrayList<>(columns);
        int headerRows = 1;
        if (rows.size() > 2 && !rowsWithText(rows, out.get(0))[1] && !HAS_DIGIT.matcher(rows.get(1).text()).matches()) {
            headerRows = 2;
        }
        // first a header-only column with the header-less column on its right, then any other such pair
        for (boolean headerOnTheLeftOnly : new boolean[] {true, false}) {
            int c = 0;
            while (c + 1 < out.size()) {
                boolean[] a = rowsWithText(rows, out.get(c));
                boolean[] b = rowsWithText(rows, out.get(c + 1));
                boolean disjoint = true;
                boolean aHeader = false;
                boolean bHeader = false;
                for (int r = 0; r < rows.size(); r++) {
                    disjoint &= !(a[r] && b[r]);
                    aHeader |= r < headerRows && a[r];
                    bHeader |= r < headerRows && b[r];
                }
                boolean join = headerOnTheLeftOnly ? disjoint && aHeader && !bHeader : disjoint && !(aHeader && bHeader);
                if (join) {
                    out.set(c, new double[] {out.get(c)[0], out.get(c + 1)[1]});
                    out.remove(c + 1);
                } else {
                    c++;
                }
            }
        }
        return out;
    }

    /** Which rows have a glyph centred in the column. */
    private static boolean[] rowsWithText(List<TextRow> rows, double[] column) {
        boolean[] out = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            out[r] = rows.get(r).glyphs().stream()
                    .anyMatch(g -> !g.isSpace() && g.centerX() >= column[0] && g.centerX() <= column[1]);
        }
        return out;
    }

    /**
     * Column x ranges of a run of rows: the ranges between gaps no row covers. A run of text in one of the top
     * rows that starts in one gap-free range of the lower rows and ends in another is a header spanning columns and
     * does not close the gaps it crosses; a top-row text lying wholly inside a gap of the lower rows is a column
     * of its own (a header over a column left empty below).
     */
    static List<double[]> columns(List<TextRow> rows, double size) {
        double left = rows.stream().mapToDouble(TextRow::left).min().orElseThrow();
        double right = rows.stream().mapToDouble(TextRow::right).max().orElseThrow();
        int bins = (int) Math.ceil((right - left) / BIN) + 1;
        int headerRows = Math.min(2, rows.size() - MIN_ROWS);
        boolean[] covered = new boolean[bins];
        for (TextRow row : rows.subList(Math.max(0, headerRows), rows.size())) {
            for (double[] span : row.occupied(CELL_GAP)) {
                mark(covered, left, span);
            }
        }
        boolean[] body = covered.clone();
        for (TextRow row : rows.subList(0, Math.max(0, headerRows))) {
            for (double[] span : row.occupied(CELL_GAP)) {
                if (insideOneGap(body, left, span)) {
                    mark(covered, left, span);
                }
            }
        }
        List<double[]> columns = new ArrayList<>();
        double start = left;
        int k = 0;
        while (k < bins) {
            if (!covered[k]) {
                int g = k;
                while (g < bins && !covered[g]) {
                    g++;
                }
                double gapStart = left + k * BIN;
                double gapEnd = left + g * BIN;
                if (g < bins && gapEnd - gapStart >= MIN_COLUMN_GAP * size && gapStart > start) {
                    columns.add(new double[] {start, gapStart});
                    start = gapEnd;
                }
                k = g;
            } else {
                k++;
            }
        }
        columns.add(new double[] {start, right});
        return columns;
    }

    private static void mark(boolean[] covered, double left, double[] span) {
        int a = (int) Math.floor((span[0] - left) / BIN);
        int b = (int) Math.ceil((span[1] - left) / BIN);
        for (int k = Math.max(0, a); k < Math.min(covered.length, b); k++) {
            covered[k] = true;
        }
    }

    /** Whether a span lies in bins no lower row covers, all in one run (text above an otherwise empty column). */
    private static boolean insideOneGap(boolean[] body, double left, double[] span) {
        int a = (int) Math.floor((span[0] - left) / BIN);
        int b = (int) Math.ceil((span[1] - left) / BIN);
        for (int k = Math.max(0, a); k < Math.min(body.length, b); k++) {
            if (body[k]) {
                return false;
            }
        }
        return true;
    }

    private static int occupiedColumns(TextRow row, List<double[]> columns) {
        int n = 0;
        for (double[] col : columns) {
            boolean any = false;
            for (TextLine line : row.lines()) {
                for (Glyph g : line.glyphs()) {
                    if (!g.isSpace() && g.centerX() >= col[0] && g.centerX() <= col[1]) {
                        any = true;
                        break;
                    }
                }
                if (any) {
                    break;
                }
            }
            if (any) {
                n++;
            }
        }
        return n;
    }

    private static int columnOf(List<double[]> columns, double x) {
        for (int c = 0; c < columns.size(); c++) {
            if (x <= columns.get(c)[1]) {
                return c;
            }
        }
        return columns.size() - 1;
    }
}
