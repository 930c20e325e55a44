package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.planetl.extract.text.TextRules;

import static dev.planetl.extract.pdf.StreamTableFinder.CELL_GAP;
import static dev.planetl.extract.pdf.StreamTableFinder.MAX_ROW_DISTANCE;
import static dev.planetl.extract.pdf.StreamTableFinder.sameSize;

/**
 * Budget documents also print small tables of exactly two rows: a header row of names (cells wrapping over a few
 * lines inside their column) and one row of numbers. Two rows alone cannot be told from aligned text by their gaps,
 * so such a pair becomes a table only under stricter conditions (see {@link #twoRowTable}): at least
 * {@value #MIN_NUMBERS_UNDER_HEADER} numbers, each alone in its column under a header cell it is aligned with.
 * Stateless.
 */
final class TwoRowTables {

    private static final Pattern DASH = Pattern.compile("[-‐-―−]");

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

    private TwoRowTables() {
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
    static StreamTableFinder.Found twoRowTable(List<TextRow> rows, int[] cells, int first, int page) {
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
        List<double[]> columns = GapColumns.mergeHeaderOnlyColumns(pair, GapColumns.columns(pair, size));
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
        return new StreamTableFinder.Found(AlignedTableBuilder.build(pair, columns, page, 0), first, first + 1);
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
                int c = GapColumns.columnOf(columns, chunk.left());
                if (GapColumns.columnOf(columns, chunk.right()) != c) {
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
}
