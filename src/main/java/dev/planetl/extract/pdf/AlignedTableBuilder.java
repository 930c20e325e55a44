package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.planetl.extract.BoundingBox;
import dev.planetl.extract.pdf.DraftTable.DraftCell;
import dev.planetl.extract.text.TextRules;

/**
 * Builds the cells of a table drawn without rules from its rows and the x ranges of its columns
 * ({@link StreamTableFinder} finds both). Without rules, two things are read from the text alone:
 * <ul>
 *   <li><b>Where a record ends.</b> Rows set one line apart ({@link TextRow}) may hold several records when the
 *       records' cells wrap: a line that puts a figure into a column already holding one in the row starts a new
 *       record, and a line with no figure (a name or a ministry continued on the next line) stays with the record
 *       above it. So a wrapped name is joined to its own row and never to the next one's amounts.</li>
 *   <li><b>Which columns a header spans.</b> A header set centred over the columns of the header row below it (a
 *       group such as {@code 연도별 투자계획} over {@code '25 … '29}) spans the run of columns next to it that are empty
 *       in its row and headed in the row below, when its centre is the centre of that run.</li>
 * </ul>
 * Stateless.
 */
final class AlignedTableBuilder {

    /** A group header's centre lies within this many font sizes of the centre of the columns it spans. */
    static final double CENTRED = 1.5;

    private AlignedTableBuilder() {
    }

    /**
     * The cells of a table whose first {@code headerAbove} rows are header rows found above its body
     * ({@link #headerRowsAbove}): their runs of text go to the columns they overlap, or the nearest one.
     */
    static DraftTable build(List<TextRow> tableRows, List<double[]> columns, int page, int headerAbove) {
        List<TextRow> rows = new ArrayList<>(tableRows.subList(0, headerAbove));
        rows.addAll(records(tableRows.subList(headerAbove, tableRows.size()), columns));
        int cols = columns.size();
        List<List<List<Glyph>>> content = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TextRow row = rows.get(r);
            List<List<Glyph>> cells = new ArrayList<>();
            int[] span = new int[cols];
            for (int c = 0; c < cols; c++) {
                cells.add(new ArrayList<>());
            }
            for (TextLine line : row.lines()) {
                for (TextLine.Chunk chunk : line.chunks(StreamTableFinder.CELL_GAP)) {
                    int[] range = r < headerAbove ? overlapped(columns, chunk)
                            : new int[] {columnOf(columns, chunk.left()), columnOf(columns, chunk.right())};
                    int start = range[0];
                    int end = range[1];
                    cells.get(start).addAll(chunk.glyphs());
                    span[start] = Math.max(span[start], end - start + 1);
                }
            }
            content.add(cells);
            spans.add(span);
        }
        for (int r = 0; r + 1 < rows.size(); r++) {
            widenGroupHeaders(content, spans, r, columns, rows.get(r).size());
        }
        labelsInNumberColumns(content, spans);
        List<DraftCell> cells = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<List<Glyph>> row = content.get(r);
            List<String> rowTexts = new ArrayList<>();
            int c = 0;
            while (c < cols) {
                List<Glyph> glyphs = row.get(c);
                int span = Math.max(1, spans.get(r)[c]);
                // a span stops before a column that has text of its own
                for (int k = c + 1; k < c + span; k++) {
                    if (!row.get(k).isEmpty()) {
                        span = k - c;
                        break;
                    }
                }
                String text = LatticeTableFinder.cellText(glyphs);
                rowTexts.add(text);
                for (int k = 1; k < span; k++) {
                    rowTexts.add("");
                }
                if (!glyphs.isEmpty()) {
                    double top = glyphs.stream().mapToDouble(Glyph::top).min().orElseThrow();
                    double bottom = glyphs.stream().mapToDouble(Glyph::bottom).max().orElseThrow();
                    double x0 = columns.get(c)[0];
                    double x1 = columns.get(c + span - 1)[1];
                    cells.add(new DraftCell(r, c, 1, span, text, page, new BoundingBox(x0, top, x1 - x0, bottom - top)));
                }
                c += span;
            }
            texts.add(rowTexts);
        }
        double top = rows.get(0).top();
        double bottom = rows.get(rows.size() - 1).bottom();
        double left = columns.get(0)[0];
        double right = columns.get(cols - 1)[1];
        cells.sort(Comparator.comparingInt(DraftCell::row).thenComparingInt(DraftCell::column));
        return new DraftTable(page, new BoundingBox(left, top, right - left, bottom - top), rows.size(), cols,
                DraftTable.guessHeaderRows(texts, 1), cells);
    }

    /** Header rows above a table's body take at most this many rows. */
    static final int MAX_HEADER_ROWS_ABOVE = 2;

    /**
     * How many rows right above row {@code first} are header rows of the table starting there though they were not
     * found with it (set in a smaller or bolder size than the body, so the run of rows stopped there). A row is a
     * header row when it follows closely (at most {@value TwoRowTables#MAX_TWO_ROW_DISTANCE} sizes above the
     * table), lies within the table's width, has at least two runs of text, each over another column, and prints no
     * amount (years may head columns). Captions, unit lines and paragraphs (one run) end the search; rows before
     * {@code floor} are taken.
     */
    static int headerRowsAbove(List<TextRow> rows, int first, int floor, List<double[]> columns) {
        double left = columns.get(0)[0];
        double right = columns.get(columns.size() - 1)[1];
        double size = rows.get(first).size();
        int taken = 0;
        for (int k = first - 1; k >= floor && taken < MAX_HEADER_ROWS_ABOVE; k--) {
            TextRow row = rows.get(k);
            if (rows.get(k + 1).top() - row.bottom() > TwoRowTables.MAX_TWO_ROW_DISTANCE * size
                    || row.left() < left - size || row.right() > right + size) {
                break;
            }
            List<TextLine.Chunk> chunks = new ArrayList<>();
            row.lines().forEach(l -> chunks.addAll(l.chunks(StreamTableFinder.CELL_GAP)));
            boolean[] used = new boolean[columns.size()];
            boolean header = chunks.size() >= 2;
            for (TextLine.Chunk chunk : chunks) {
                String text = TextLine.textOf(chunk.glyphs()).strip();
                int[] range = overlapped(columns, chunk);
                header &= !(TextRules.isNumber(text) && !isYear(text)) && !used[range[0]];
                for (int c = range[0]; c <= range[1]; c++) {
                    used[c] = true;
                }
            }
            if (!header) {
                break;
            }
            taken++;
        }
        return taken;
    }

    /** The columns a run of text overlaps (first and last), or the nearest column when it overlaps none. */
    static int[] overlapped(List<double[]> columns, TextLine.Chunk chunk) {
        int first = -1;
        int last = -1;
        int nearest = 0;
        double best = Double.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            double[] col = columns.get(c);
            if (chunk.left() < col[1] && chunk.right() > col[0]) {
                first = first < 0 ? c : first;
                last = c;
            }
            double distance = Math.max(0, Math.max(col[0] - chunk.right(), chunk.left() - col[1]));
            if (distance < best) {
                best = distance;
                nearest = c;
            }
        }
        return first < 0 ? new int[] {nearest, nearest} : new int[] {first, last};
    }

    private static boolean isYear(String text) {
        return text.matches("['’‘`]?\\d{2}|(19|20)\\d{2}");
    }

    /**
     * A row split into records before tables are looked for, when no columns are known yet: a line starts a new
     * record when it has at least two runs of text and prints a figure right under a figure of a line of the current
     * record (their x ranges overlap). Prose has no such lines, so its rows stay whole.
     */
    static List<TextRow> records(TextRow row) {
        if (row.lines().size() == 1) {
            return List.of(row);
        }
        List<TextRow> out = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        List<double[]> figures = new ArrayList<>();
        for (TextLine line : row.lines()) {
            List<TextLine.Chunk> chunks = line.chunks(StreamTableFinder.CELL_GAP);
            List<double[]> mine = new ArrayList<>();
            for (TextLine.Chunk chunk : chunks) {
                if (isFigure(TextLine.textOf(chunk.glyphs()).strip())) {
                    mine.add(new double[] {chunk.left(), chunk.right()});
                }
            }
            boolean under = chunks.size() >= 2 && mine.stream()
                    .anyMatch(m -> figures.stream().anyMatch(f -> m[0] < f[1] && m[1] > f[0]));
            if (under && !current.isEmpty()) {
                out.add(new TextRow(List.copyOf(current)));
                current = new ArrayList<>();
                figures.clear();
            }
            current.add(line);
            figures.addAll(mine);
        }
        out.add(new TextRow(List.copyOf(current)));
        return out;
    }

    /**
     * The table's rows split into records: a line that puts a figure into a column that already holds one in the
     * current record starts the next record; every other line stays with the record above it.
     */
    static List<TextRow> records(List<TextRow> rows, List<double[]> columns) {
        List<TextRow> out = new ArrayList<>();
        for (TextRow row : rows) {
            List<TextLine> current = new ArrayList<>();
            boolean[] figures = new boolean[columns.size()];
            for (TextLine line : row.lines()) {
                List<Integer> figureColumns = figureColumns(line, columns);
                if (!current.isEmpty() && figureColumns.stream().anyMatch(c -> figures[c])) {
                    out.add(new TextRow(List.copyOf(current)));
                    current = new ArrayList<>();
                    java.util.Arrays.fill(figures, false);
                }
                current.add(line);
                figureColumns.forEach(c -> figures[c] = true);
            }
            out.add(new TextRow(List.copyOf(current)));
        }
        return out;
    }

    /**
     * The columns in which a line prints a figure: a number ({@code 1,230}, {@code △105}, {@code 38.5}, {@code '25})
     * or a dash. A figure in parentheses under another ({@code (15.98)}, a share) belongs to the figure above it.
     */
    private static List<Integer> figureColumns(TextLine line, List<double[]> columns) {
        List<Integer> out = new ArrayList<>();
        for (TextLine.Chunk chunk : line.chunks(StreamTableFinder.CELL_GAP)) {
            if (isFigure(TextLine.textOf(chunk.glyphs()).strip())) {
                int c = columnOf(columns, (chunk.left() + chunk.right()) / 2);
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean isFigure(String text) {
        return !text.startsWith("(") && (TextRules.isNumber(text) || text.matches("[-‐-―−]"));
    }

    /**
     * Widens each cell of header row {@code r} over the neighbouring columns that are empty in row {@code r} and
     * headed in row {@code r + 1}, when it is set centred over them and both rows print no amount.
     */
    private static void widenGroupHeaders(List<List<List<Glyph>>> content, List<int[]> spans, int r,
            List<double[]> columns, double size) {
        List<List<Glyph>> row = content.get(r);
        List<List<Glyph>> below = content.get(r + 1);
        if (printsAmount(row) || printsAmount(below)) {
            return;
        }
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c).isEmpty()) {
                continue;
            }
            int first = c;
            int last = c + Math.max(1, spans.get(r)[c]) - 1;
            while (first > 0 && free(row, spans.get(r), first - 1) && !below.get(first - 1).isEmpty()) {
                first--;
            }
            while (last + 1 < row.size() && free(row, spans.get(r), last + 1) && !below.get(last + 1).isEmpty()) {
                last++;
            }
            if (last == first) {
                continue;
            }
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            for (int k = first; k <= last; k++) {
                for (Glyph g : below.get(k)) {
                    left = Math.min(left, g.x());
                    right = Math.max(right, g.right());
                }
            }
            List<Glyph> head = row.get(c);
            double headLeft = head.stream().mapToDouble(Glyph::x).min().orElseThrow();
            double headRight = head.stream().mapToDouble(Glyph::right).max().orElseThrow();
            if (below.get(first).isEmpty() || below.get(last).isEmpty()
                    || Math.abs((headLeft + headRight) / 2 - (left + right) / 2) > CENTRED * size) {
                continue;
            }
            if (first != c) {
                row.set(first, head);
                row.set(c, new ArrayList<>());
                spans.get(r)[c] = 0;
            }
            spans.get(r)[first] = last - first + 1;
            c = last;
        }
    }

    /**
     * A label such as {@code 합 계} set in a column that holds only numbers in the other rows with amounts (a 연번
     * column), with the next column empty in its row, is a label merged over both columns, as a ruled rendering of
     * the same table draws it; otherwise the row would have no label where its name belongs.
     */
    private static void labelsInNumberColumns(List<List<List<Glyph>>> content, List<int[]> spans) {
        int cols = content.isEmpty() ? 0 : content.get(0).size();
        for (int c = 0; c + 1 < cols; c++) {
            int numbers = 0;
            List<Integer> labels = new ArrayList<>();
            for (int r = 0; r < content.size(); r++) {
                List<List<Glyph>> row = content.get(r);
                String text = LatticeTableFinder.cellText(row.get(c));
                if (!printsAmount(row) || text.isEmpty()) {
                    continue;
                }
                if (TextRules.isNumber(text)) {
                    numbers++;
                } else if (free(row, spans.get(r), c + 1) && Math.max(1, spans.get(r)[c]) == 1) {
                    labels.add(r);
                } else {
                    labels.clear();
                    numbers = -1;
                    break;
                }
            }
            if (numbers >= StreamTableFinder.MIN_ROWS && labels.size() < numbers) {
                for (int r : labels) {
                    spans.get(r)[c] = 2;
                }
            }
        }
    }

    /** Whether column {@code k} of a row holds no text and lies under no cell spanning it. */
    private static boolean free(List<List<Glyph>> row, int[] spans, int k) {
        for (int j = 0; j <= k; j++) {
            if (!row.get(j).isEmpty() && j + Math.max(1, spans[j]) > k) {
                return false;
            }
        }
        return true;
    }

    /** Whether a row prints a figure other than a year ({@code '25}, {@code 2024}): a row of values, no header. */
    private static boolean printsAmount(List<List<Glyph>> row) {
        for (List<Glyph> cell : row) {
            String text = LatticeTableFinder.cellText(cell);
            if (!text.isEmpty() && TextRules.isNumber(text) && !isYear(text)) {
                return true;
            }
        }
        return false;
    }

    static int columnOf(List<double[]> columns, double x) {
        for (int c = 0; c < columns.size(); c++) {
            if (x <= columns.get(c)[1]) {
                return c;
            }
        }
        return columns.size() - 1;
    }
}
