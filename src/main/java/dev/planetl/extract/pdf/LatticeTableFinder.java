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
    static final double MIN_BAND = 3.0;
    /** Rules shorter than this (points) are ignored (underlines of single letters, bullets). */
    private static final double MIN_RULE = 4.0;
    /**
     * A page with more rules than this (after merging) is a drawing, a chart or hatching, not a table page; grouping
     * its rules would cost quadratic time, so it is read as text only.
     */
    static final int MAX_RULES = 3000;

    /** Tables found, the glyphs they took, and whether the page had too many rules to look for tables. */
    record Result(List<DraftTable> tables, Set<Glyph> used, boolean tooManyRules) {
    }

    Result find(List<Rule> rules, List<Glyph> glyphs, int page) {
        List<Rule> horizontal = merge(rules.stream().filter(Rule::horizontal).toList());
        List<Rule> vertical = merge(rules.stream().filter(r -> !r.horizontal()).toList());
        List<DraftTable> tables = new ArrayList<>();
        Set<Glyph> used = new HashSet<>();
        if (horizontal.size() + vertical.size() > MAX_RULES) {
            return new Result(tables, used, true);
        }
        for (List<Rule> component : withLoneColumnRulesGrouped(components(horizontal, vertical))) {
            RuledGrid grid = RuledGrid.of(component);
            if (grid == null) {
                continue;
            }
            Set<Glyph> taken = new HashSet<>();
            DraftTable table = grid.table(glyphs, page, taken);
            if (table.cells().stream().filter(c -> !c.text().isBlank()).count() < 2) {
                // boxes joined by connector lines (an organisation chart) merge into one cell holding all the text:
                // a drawing, whose text reads better as text
                continue;
            }
            used.addAll(taken);
            tables.add(table);
        }
        tables.sort(Comparator.comparingDouble(t -> t.box().y()));
        return new Result(tables, used, false);
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

    /**
     * Vertical rules that cross nothing, grouped by their common extent: the column rules of a table body continued
     * across a page, drawn without a row rule on this page, meet no horizontal rule and so form no component of
     * their own; side by side and of one height they are that body's columns ({@link RuledGrid}).
     */
    private static List<List<Rule>> withLoneColumnRulesGrouped(List<List<Rule>> components) {
        List<List<Rule>> out = new ArrayList<>();
        List<Rule> lone = new ArrayList<>();
        for (List<Rule> c : components) {
            if (c.size() == 1 && !c.get(0).horizontal()) {
                lone.add(c.get(0));
            } else {
                out.add(c);
            }
        }
        lone.sort(Comparator.comparingDouble(Rule::start).thenComparingDouble(Rule::end));
        List<Rule> group = new ArrayList<>();
        for (Rule r : lone) {
            if (!group.isEmpty() && (Math.abs(r.start() - group.get(0).start()) > MIN_BAND
                    || Math.abs(r.end() - group.get(0).end()) > MIN_BAND)) {
                out.add(group);
                group = new ArrayList<>();
            }
            group.add(r);
        }
        if (!group.isEmpty()) {
            out.add(group);
        }
        return out;
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
    static double[] positions(List<Rule> rules) {
        double[] raw = rules.stream().mapToDouble(Rule::position).sorted().toArray();
        List<Double> out = new ArrayList<>();
        for (double p : raw) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > MIN_BAND) {
                out.add(p);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
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

    /**
     * A cell's text: its lines top to bottom, joined by a single space. A word set vertically in a narrow header
     * cell (시/민/단/체, one syllable a line) is one word, so lines of one Hangul syllable each are joined without spaces; digits stacked that way stay
     * apart (two figures must never become one number).
     */
    static String cellText(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (TextLine line : TextLine.linesOf(glyphs)) {
            parts.add(line.text().strip());
        }
        boolean stacked = parts.size() > 1 && parts.stream().allMatch(LatticeTableFinder::oneSyllable);
        return String.join(stacked ? "" : " ", parts).strip();
    }

    /** A ruled cell's text ({@link #cellText(List)}), marking the wraps of full lines inside its rectangle. */
    static String cellText(List<Glyph> glyphs, BoundingBox cell) {
        if (glyphs.isEmpty()) {
            return "";
        }
        List<TextLine> lines = TextLine.linesOf(glyphs).stream().filter(l -> !l.isBlank()).toList();
        List<String> parts = lines.stream().map(l -> l.text().strip()).toList();
        if (parts.isEmpty()) {
            return "";
        }
        boolean stacked = parts.size() > 1 && parts.stream().allMatch(LatticeTableFinder::oneSyllable);
        return stacked ? String.join("", parts) : CellWraps.join(lines, parts, cell).strip();
    }

    private static boolean oneSyllable(String s) {
        return s.length() == 1 && s.charAt(0) >= '\uac00' && s.charAt(0) <= '\ud7a3';
    }
}
