package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.planetl.extract.BoundingBox;
import dev.planetl.extract.pdf.DraftTable.DraftCell;

/**
 * One ruled grid: the positions of its row and column lines and the rules drawn, from which it reads its cells.
 * Where an inner rule is missing, the grid positions on both sides belong to one merged cell.
 *
 * @param xs column line positions, left to right
 * @param ys row line positions, top to bottom
 */
record RuledGrid(double[] xs, double[] ys, List<Rule> horizontal, List<Rule> vertical) {

    static RuledGrid of(List<Rule> component) {
        List<Rule> h = component.stream().filter(Rule::horizontal).toList();
        List<Rule> v = component.stream().filter(r -> !r.horizontal()).toList();
        if (h.isEmpty() && v.size() >= 3) {
            return continuedBody(v);
        }
        if (h.size() < 2 || v.isEmpty()) {
            return null;
        }
        double[] xs = openSides(LatticeTableFinder.positions(v), h);
        double[] ys = openSides(LatticeTableFinder.positions(h), v);
        if (xs.length < 3 && ys.length < 3 || xs.length < 2 || ys.length < 2) {
            // a single box around text is a frame, not a table
            return null;
        }
        return new RuledGrid(xs, ys, h, v);
    }

    /**
     * Column rules alone, all running from the same top to the same bottom: the body of a table continued from the
     * previous page, whose top and bottom rules fall on the pages before and after (the 현행/개정안 tables of bills).
     * It is one row of cells between those rules; rules of different extents are no table.
     */
    private static RuledGrid continuedBody(List<Rule> v) {
        double top = v.stream().mapToDouble(Rule::start).min().orElseThrow();
        double bottom = v.stream().mapToDouble(Rule::end).max().orElseThrow();
        boolean sameExtent = v.stream().allMatch(r -> r.start() - top <= LatticeTableFinder.MIN_BAND
                && bottom - r.end() <= LatticeTableFinder.MIN_BAND);
        double[] xs = LatticeTableFinder.positions(v);
        if (!sameExtent || xs.length < 3) {
            return null;
        }
        List<Rule> edges = List.of(Rule.horizontal(top, xs[0], xs[xs.length - 1]),
                Rule.horizontal(bottom, xs[0], xs[xs.length - 1]));
        return new RuledGrid(xs, new double[] {top, bottom}, edges, v);
    }

    /**
     * Grid line positions across one direction, widened to where the rules of the other direction reach beyond them.
     * Korean government tables (HWP above all) often draw no outer side rules: the row rules run on to the table's
     * edge, and the first and last columns exist only as that overhang. Two rules at different positions must reach
     * that far (the table's top and bottom rule at least); one stray rule is not a side.
     */
    static double[] openSides(double[] positions, List<Rule> across) {
        double first = positions[0];
        double last = positions[positions.length - 1];
        double left = Double.NaN;
        double right = Double.NaN;
        java.util.Set<Long> leftLines = new java.util.HashSet<>();
        java.util.Set<Long> rightLines = new java.util.HashSet<>();
        for (Rule r : across) {
            long line = Math.round(r.position() / LatticeTableFinder.MIN_BAND);
            if (r.start() < first - LatticeTableFinder.MIN_BAND) {
                leftLines.add(line);
                left = Double.isNaN(left) ? r.start() : Math.min(left, r.start());
            }
            if (r.end() > last + LatticeTableFinder.MIN_BAND) {
                rightLines.add(line);
                right = Double.isNaN(right) ? r.end() : Math.max(right, r.end());
            }
        }
        double[] out = positions;
        if (leftLines.size() >= 2) {
            out = prepend(left, out);
        }
        if (rightLines.size() >= 2) {
            out = java.util.Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = right;
        }
        return out;
    }

    private static double[] prepend(double value, double[] values) {
        double[] out = new double[values.length + 1];
        out[0] = value;
        System.arraycopy(values, 0, out, 1, values.length);
        return out;
    }

    boolean verticalRuleAt(int xIndex, int row) {
        double x = xs[xIndex];
        double mid = (ys[row] + ys[row + 1]) / 2;
        return vertical.stream().anyMatch(r -> Math.abs(r.x1() - x) <= LatticeTableFinder.MIN_BAND && r.y1() <= mid && r.y2() >= mid);
    }

    boolean horizontalRuleAt(int yIndex, int column) {
        double y = ys[yIndex];
        double mid = (xs[column] + xs[column + 1]) / 2;
        return horizontal.stream().anyMatch(r -> Math.abs(r.y1() - y) <= LatticeTableFinder.MIN_BAND && r.x1() <= mid && r.x2() >= mid);
    }

    DraftTable table(List<Glyph> glyphs, int page, Set<Glyph> used) {
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !verticalRuleAt(c + 1, r)) {
                    LatticeTableFinder.union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !horizontalRuleAt(r + 1, c)) {
                    LatticeTableFinder.union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        int[][] span = rectangles(parent, rows, cols);
        // glyphs into the grid positions holding their centres
        List<List<Glyph>> content = new ArrayList<>();
        for (int i = 0; i < rows * cols; i++) {
            content.add(new ArrayList<>());
        }
        for (Glyph g : glyphs) {
            int c = interval(xs, g.centerX());
            int r = interval(ys, g.centerY());
            if (r >= 0 && c >= 0) {
                int[] owner = span[r * cols + c];
                content.get(owner[0] * cols + owner[1]).add(g);
                used.add(g);
            }
        }
        List<DraftCell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int[] s = span[r * cols + c];
                if (s[0] != r || s[1] != c) {
                    continue;
                }
                BoundingBox box = new BoundingBox(xs[c], ys[r], xs[c + s[3]] - xs[c], ys[r + s[2]] - ys[r]);
                cells.add(new DraftCell(r, c, s[2], s[3], LatticeTableFinder.cellText(content.get(r * cols + c), box), page,
                        box));
            }
        }
        List<List<String>> texts = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                int rr = r;
                int cc = c;
                row.add(cells.stream().filter(x -> x.row() == rr && x.column() == cc).map(DraftCell::text).findFirst().orElse(""));
            }
            texts.add(row);
        }
        int firstRowSpan = cells.stream().filter(x -> x.row() == 0).mapToInt(DraftCell::rowSpan).max().orElse(1);
        BoundingBox box = new BoundingBox(xs[0], ys[0], xs[cols] - xs[0], ys[rows] - ys[0]);
        return LatticeTableFinder.withoutEmptyEdgeRows(new DraftTable(page, box, rows, cols,
                DraftTable.guessHeaderRows(texts, firstRowSpan), cells));
    }

    /**
     * For each grid position, its cell as {anchorRow, anchorColumn, rowSpan, columnSpan}. Joined positions that do
     * not form a rectangle (a rule missing in the middle of a grid) are widened to their bounding rectangle.
     */
    private static int[][] rectangles(int[] parent, int rows, int cols) {
        int[][] bounds = new int[rows * cols][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = LatticeTableFinder.find(parent, r * cols + c);
                int[] b = bounds[root];
                if (b == null) {
                    bounds[root] = new int[] {r, c, r, c};
                } else {
                    b[0] = Math.min(b[0], r);
                    b[1] = Math.min(b[1], c);
                    b[2] = Math.max(b[2], r);
                    b[3] = Math.max(b[3], c);
                }
            }
        }
        // widen overlapping rectangles until every position belongs to exactly one
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    int root = LatticeTableFinder.find(parent, r * cols + c);
                    int[] b = bounds[root];
                    for (int rr = b[0]; rr <= b[2]; rr++) {
                        for (int cc = b[1]; cc <= b[3]; cc++) {
                            int other = LatticeTableFinder.find(parent, rr * cols + cc);
                            if (other != root) {
                                int[] o = bounds[other];
                                LatticeTableFinder.union(parent, other, root);
                                int merged = LatticeTableFinder.find(parent, root);
                                bounds[merged] = new int[] {Math.min(b[0], o[0]), Math.min(b[1], o[1]),
                                        Math.max(b[2], o[2]), Math.max(b[3], o[3])};
                                changed = true;
                            }
                        }
                    }
                    if (changed) {
                        break;
                    }
                }
                if (changed) {
                    break;
                }
            }
        }
        int[][] span = new int[rows * cols][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int[] b = bounds[LatticeTableFinder.find(parent, r * cols + c)];
                span[r * cols + c] = new int[] {b[0], b[1], b[2] - b[0] + 1, b[3] - b[1] + 1};
            }
        }
        return span;
    }

    private static int interval(double[] edges, double v) {
        if (v < edges[0] || v > edges[edges.length - 1]) {
            return -1;
        }
        for (int i = 0; i + 1 < edges.length; i++) {
            if (v <= edges[i + 1]) {
                return i;
            }
        }
        return -1;
    }
}
