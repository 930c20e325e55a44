package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.planetl.extract.BoundingBox;
import dev.planetl.extract.pdf.DraftTable.DraftCell;

/**
 * Finds ruled tables: merges collinear rules, groups rules that touch into grids, and reads each grid's cells
 * from its rules: where an inner rule is missing, the neighbouring grid positions belong to one merged cell.
 * Each glyph goes to the cell holding its centre. Stateless.
 */
final class LatticeTableFinder {

    /** Rules this close (points) across their direction are one line. */
    private static final double SAME_LINE = 1.2;
    /** Collinear rules with a gap up to this (points) are joined. */
    private static final double JOIN_GAP = 2.0;
    /** How far (points) a rule may stop short of another and still meet it. */
    private static final double TOUCH = 2.0;
    /** Grid lines closer than this (points) are one (double rules, rule thickness). */
    private static final double MIN_BAND = 3.0;
    /** Rules shorter than this (points) are ignored (underlines of single letters, bullets). */
    private static final double MIN_RULE = 4.0;

    /** Tables found and the glyphs they took. */
    record Result(List<DraftTable> tables, Set<Glyph> used) {
    }

    Result find(List<Rule> rules, List<Glyph> glyphs, int page) {
        List<Rule> horizontal = merge(rules.stream().filter(Rule::horizontal).toList());
        List<Rule> vertical = merge(rules.stream().filter(r -> !r.horizontal()).toList());
        List<DraftTable> tables = new ArrayList<>();
        Set<Glyph> used = new HashSet<>();
        for (List<Rule> component : components(horizontal, vertical)) {
            Grid grid = Grid.of(component);
            if (grid == null) {
                continue;
            }
            tables.add(grid.table(glyphs, page, used));
        }
        tables.sort(Comparator.comparingDouble(t -> t.box().y()));
        return new Result(tables, used);
    }

    /** Joins collinear, overlapping or nearly touching rules of one direction. */
    static List<Rule> merge(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingDouble(Rule::position).thenComparingDouble(Rule::start));
        List<Rule> lines = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            double pos = sorted.get(i).position();
            while (j < sorted.size() && sorted.get(j).position() - pos <= SAME_LINE) {
                j++;
            }
            List<Rule> group = new ArrayList<>(sorted.subList(i, j));
            double mean = group.stream().mapToDouble(Rule::position).average().orElse(pos);
            group.sort(Comparator.comparingDouble(Rule::start));
            double s = group.get(0).start();
            double e = group.get(0).end();
            for (Rule r : group.subList(1, group.size())) {
                if (r.start() <= e + JOIN_GAP) {
                    e = Math.max(e, r.end());
                } else {
                    addRule(lines, sorted.get(i).horizontal(), mean, s, e);
                    s = r.start();
                    e = r.end();
                }
            }
            addRule(lines, sorted.get(i).horizontal(), mean, s, e);
            i = j;
        }
        return lines;
    }

    private static void addRule(List<Rule> out, boolean horizontal, double pos, double s, double e) {
        if (e - s >= MIN_RULE) {
            out.add(horizontal ? Rule.horizontal(pos, s, e) : Rule.vertical(pos, s, e));
        }
    }

    static boolean touches(Rule h, Rule v) {
        return v.x1() >= h.x1() - TOUCH && v.x1() <= h.x2() + TOUCH && h.y1() >= v.y1() - TOUCH && h.y1() <= v.y2() + TOUCH;
    }

    /** Groups of rules connected by crossings. */
    private static List<List<Rule>> components(List<Rule> horizontal, List<Rule> vertical) {
        int n = horizontal.size() + vertical.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int h = 0; h < horizontal.size(); h++) {
            for (int v = 0; v < vertical.size(); v++) {
                if (touches(horizontal.get(h), vertical.get(v))) {
                    union(parent, h, horizontal.size() + v);
                }
            }
        }
        List<List<Rule>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(i < horizontal.size() ? horizontal.get(i) : vertical.get(i - horizontal.size()));
        }
        return groups;
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** Positions of grid lines: the rules' positions, clustered. */
    private static double[] positions(List<Rule> rules) {
        double[] raw = rules.stream().mapToDouble(Rule::position).sorted().toArray();
        List<Double> out = new ArrayList<>();
        for (double p : raw) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > MIN_BAND) {
                out.add(p);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** One ruled grid: its line positions and which inner rules are present. */
    private record Grid(double[] xs, double[] ys, List<Rule> horizontal, List<Rule> vertical) {

        static Grid of(List<Rule> component) {
            List<Rule> h = component.stream().filter(Rule::horizontal).toList();
            List<Rule> v = component.stream().filter(r -> !r.horizontal()).toList();
            if (h.size() < 2 || v.size() < 2) {
                return null;
            }
            double[] xs = positions(v);
            double[] ys = positions(h);
            if (xs.length < 3 && ys.length < 3 || xs.length < 2 || ys.length < 2) {
                // a single box around text is a frame, not a table
                return null;
            }
            return new Grid(xs, ys, h, v);
        }

        boolean verticalRuleAt(int xIndex, int row) {
            double x = xs[xIndex];
            double mid = (ys[row] + ys[row + 1]) / 2;
            return vertical.stream().anyMatch(r -> Math.abs(r.x1() - x) <= MIN_BAND && r.y1() <= mid && r.y2() >= mid);
        }

        boolean horizontalRuleAt(int yIndex, int column) {
            double y = ys[yIndex];
            double mid = (xs[column] + xs[column + 1]) / 2;
            return horizontal.stream().anyMatch(r -> Math.abs(r.y1() - y) <= MIN_BAND && r.x1() <= mid && r.x2() >= mid);
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
                        union(parent, r * cols + c, r * cols + c + 1);
                    }
                    if (r + 1 < rows && !horizontalRuleAt(r + 1, c)) {
                        union(parent, r * cols + c, (r + 1) * cols + c);
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
                    cells.add(new DraftCell(r, c, s[2], s[3], cellText(content.get(r * cols + c)), page, box));
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
            return withoutEmptyEdgeRows(new DraftTable(page, box, rows, cols,
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
                    int root = find(parent, r * cols + c);
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
                        int root = find(parent, r * cols + c);
                        int[] b = bounds[root];
                        for (int rr = b[0]; rr <= b[2]; rr++) {
                            for (int cc = b[1]; cc <= b[3]; cc++) {
                                int other = find(parent, rr * cols + cc);
                                if (other != root) {
                                    int[] o = bounds[other];
                                    union(parent, other, root);
                                    int merged = find(parent, root);
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
                    int[] b = bounds[find(parent, r * cols + c)];
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

    /**
     * Drops all-empty rows at the top and bottom of a grid: a row cut by a page break leaves an empty ruled band at
     * the foot of the page (or under a repeated header), which holds nothing and would shift the rows when the
     * parts are joined. Empty rows inside a table stay.
     */
    static DraftTable withoutEmptyEdgeRows(DraftTable t) {
        int first = 0;
        int last = t.rowCount() - 1;
        while (first < last && rowIsEmpty(t, first)) {
            first++;
        }
        while (last > first && rowIsEmpty(t, last)) {
            last--;
        }
        if (first == 0 && last == t.rowCount() - 1) {
            return t;
        }
        int top = first;
        int bottom = last;
        List<DraftCell> cells = new ArrayList<>();
        for (DraftCell c : t.cells()) {
            int from = Math.max(c.row(), top);
            int to = Math.min(c.row() + c.rowSpan() - 1, bottom);
            if (from <= to && (c.row() >= top || !c.text().isEmpty())) {
                cells.add(new DraftCell(from - top, c.column(), to - from + 1, c.columnSpan(), c.text(), c.page(), c.box()));
            }
        }
        return new DraftTable(t.page(), t.box(), bottom - top + 1, t.columnCount(),
                Math.max(0, Math.min(t.headerRows() - top, bottom - top)), cells);
    }

    private static boolean rowIsEmpty(DraftTable t, int row) {
        return t.cells().stream().noneMatch(c -> c.row() <= row && row < c.row() + c.rowSpan() && !c.text().isBlank());
    }

    /** A cell's text: its lines top to bottom, joined by a single space. */
    static String cellText(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (TextLine line : TextLine.linesOf(glyphs)) {
            parts.add(line.text().strip());
        }
        return String.join(" ", parts).strip();
    }
}
