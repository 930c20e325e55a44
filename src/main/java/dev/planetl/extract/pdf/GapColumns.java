package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static dev.planetl.extract.pdf.StreamTableFinder.CELL_GAP;
import static dev.planetl.extract.pdf.StreamTableFinder.MIN_ROWS;

/**
 * The columns of a table drawn without rules, read from the gaps its rows leave empty: x ranges measured in bins of
 * {@value #BIN} points, and the questions the finders ask of them (which column a point lies in, how many columns
 * a row reaches into). Columns are {@code double[] {left, right}}. Stateless.
 */
final class GapColumns {

    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    /** A column gap must be at least this share of the font size wide. */
    static final double MIN_COLUMN_GAP = 0.5;
    private static final double BIN = 0.5;

    private GapColumns() {
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

    /** How many columns hold a visible glyph of the row (by its centre). */
    static int occupiedColumns(TextRow row, List<double[]> columns) {
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

    /** The column a point lies in: the first whose right edge is not left of it, else the last. */
    static int columnOf(List<double[]> columns, double x) {
        for (int c = 0; c < columns.size(); c++) {
            if (x <= columns.get(c)[1]) {
                return c;
            }
        }
        return columns.size() - 1;
    }
}
