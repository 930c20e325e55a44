package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs sharing a baseline, left to right. Text is rebuilt from geometry: a space goes where the PDF
 * shows a space glyph or where the gap between two glyphs is wider than {@link #SPACE_GAP} of the font size,
 * so Hangul syllables drawn side by side stay one word ({@code 주관부처}) while real word gaps are kept.
 */
record TextLine(List<Glyph> glyphs, double baseline, double size) {

    /**
     * A gap wider than this share of the font size is a word space. A space glyph is 0.25 to 0.33 of the size;
     * LibreOffice sets about 0.2 between Hangul and Latin runs ('20년도, 4대) without meaning a space.
     */
    static final double SPACE_GAP = 0.23;

    static TextLine of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        double[] sizes = sorted.stream().filter(g -> !g.isSpace()).mapToDouble(Glyph::size).sorted().toArray();
        double size = sizes.length == 0 ? sorted.get(0).size() : sizes[sizes.length / 2];
        double[] baselines = sorted.stream().mapToDouble(Glyph::baseline).sorted().toArray();
        return new TextLine(List.copyOf(sorted), baselines[baselines.length / 2], size);
    }

    double left() {
        return glyphs.stream().filter(g -> !g.isSpace()).mapToDouble(Glyph::x).min().orElse(glyphs.get(0).x());
    }

    double right() {
        return glyphs.stream().filter(g -> !g.isSpace()).mapToDouble(Glyph::right).max().orElse(glyphs.get(0).right());
    }

    double top() {
        return baseline - size * 0.8;
    }

    double bottom() {
        return baseline + size * 0.2;
    }

    boolean isBlank() {
        return glyphs.stream().allMatch(Glyph::isSpace);
    }

    String text() {
        return textOf(glyphs);
    }

    /** Runs of glyphs separated by gaps wider than {@code gapFactor} times the font size (table columns). */
    List<Chunk> chunks(double gapFactor) {
        List<Chunk> out = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                continue;
            }
            if (previous != null && g.x() - previous.right() > gapFactor * size) {
                out.add(Chunk.of(run));
                run = new ArrayList<>();
            }
            run.add(g);
            previous = g;
        }
        if (!run.isEmpty()) {
            out.add(Chunk.of(run));
        }
        return out;
    }

    /**
     * The line's text. A space glyph counts only where it stands between glyphs: MS Word draws runs of spaces under
     * the text of a table cell (padding before right-aligned or centred text), and a space whose centre lies inside
     * a visible glyph is such padding, not a word space ({@code R e m .(나 머 지)} for {@code Rem.(나머지)}).
     */
    static String textOf(List<Glyph> glyphs) {
        StringBuilder s = new StringBuilder();
        Glyph previous = null;
        boolean pendingSpace = false;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (g.isSpace()) {
                pendingSpace |= previous != null && g.centerX() >= previous.right() && !insideNext(glyphs, i);
                continue;
            }
            if (previous != null && (pendingSpace || g.x() - previous.right() > SPACE_GAP * Math.max(g.size(), previous.size()))) {
                s.append(' ');
            }
            s.append(g.text());
            previous = g;
            pendingSpace = false;
        }
        return s.toString();
    }

    /** Whether the space glyph at {@code i} has its centre inside the next visible glyph of the line. */
    private static boolean insideNext(List<Glyph> glyphs, int i) {
        double centre = glyphs.get(i).centerX();
        for (int j = i + 1; j < glyphs.size(); j++) {
            Glyph next = glyphs.get(j);
            if (!next.isSpace()) {
                return centre > next.x();
            }
        }
        return false;
    }

    /**
     * Glyphs whose baselines differ by more than this share of the smaller one's size are on different lines. Glyphs
     * of one line share their baseline to a fraction of a point; the lines of tight leading are at least 0.8 of the
     * size apart, so their boxes may overlap without their baselines coming this close.
     */
    static final double SAME_BASELINE = 0.3;
    /** A run of glyphs at most this share of a line's size is a superscript or subscript when it sits in its box. */
    static final double SMALL_RUN = 0.85;

    /**
     * Groups glyphs into lines by baseline, top to bottom; duplicate glyphs drawn for fake bold are dropped.
     * <ul>
     *   <li>A glyph joins a line only when its baseline is within {@link #SAME_BASELINE} of the line's size and it
     *       covers no glyph of that line: two glyphs drawn over each other belong to two lines (overlapping line
     *       boxes, text set over text), so characters of adjacent lines cannot interleave.</li>
     *   <li>Then runs of small glyphs (superscripts, subscripts, footnote marks) raised or lowered inside the box of
     *       a larger line beside them are put into that line, in x order.</li>
     * </ul>
     */
    static List<TextLine> linesOf(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<Run> open = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        for (Glyph g : sorted) {
            open.removeIf(r -> g.baseline() - r.baseline > SAME_BASELINE * Math.max(r.size, g.size()));
            Run home = null;
            boolean duplicate = false;
            for (Run r : open) {
                if (Math.abs(g.baseline() - r.baseline) > SAME_BASELINE * Math.min(r.size, g.size())) {
                    continue;
                }
                if (isDuplicate(r.glyphs, g)) {
                    duplicate = true;
                    break;
                }
                if (!r.covers(g)) {
                    home = r;
                    break;
                }
            }
            if (duplicate) {
                continue;
            }
            if (home == null) {
                home = new Run(g.baseline(), g.size());
                open.add(home);
                runs.add(home);
            }
            home.add(g);
        }
        attachSmallRuns(runs);
        List<TextLine> lines = new ArrayList<>();
        for (Run r : runs) {
            if (!r.glyphs.isEmpty()) {
                addLine(lines, r.glyphs);
            }
        }
        lines.sort(Comparator.comparingDouble(TextLine::baseline).thenComparingDouble(TextLine::left));
        return lines;
    }

    /** Moves each run of small glyphs into the larger line whose box holds it and whose x range it touches. */
    private static void attachSmallRuns(List<Run> runs) {
        // sizes and extents once per run: a superscript moved into a line hardly changes the line's
        int n = runs.size();
        double[] sizes = new double[n];
        double[] lefts = new double[n];
        double[] rights = new double[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = runs.get(i).medianSize();
            lefts[i] = runs.get(i).left();
            rights[i] = runs.get(i).right();
        }
        for (int s = 0; s < n; s++) {
            Run small = runs.get(s);
            double size = sizes[s];
            Run best = null;
            for (int b = 0; b < n; b++) {
                Run big = runs.get(b);
                if (b == s || big.glyphs.isEmpty() || size > SMALL_RUN * sizes[b]) {
                    continue;
                }
                double bigSize = sizes[b];
                double centre = small.baseline - size * 0.3;
                boolean inBox = centre >= big.baseline - bigSize * 0.8 && centre <= big.baseline + bigSize * 0.2;
                boolean beside = lefts[s] <= rights[b] + bigSize && rights[s] >= lefts[b] - bigSize;
                if (inBox && beside && small.glyphs.stream().noneMatch(big::covers)
                        && (best == null || Math.abs(big.baseline - small.baseline) < Math.abs(best.baseline - small.baseline))) {
                    best = big;
                }
            }
            if (best != null) {
                best.glyphs.addAll(small.glyphs);
                small.glyphs.clear();
            }
        }
    }

    /** Glyphs gathered for one line, with the baseline and size of the glyph that started it. */
    private static final class Run {
        private final double baseline;
        private final double size;
        private final List<Glyph> glyphs = new ArrayList<>();
        /** Over the run's visible glyphs: the largest right end of a middle half, and the largest centre. */
        private double maxInnerRight = Double.NEGATIVE_INFINITY;
        private double maxCenter = Double.NEGATIVE_INFINITY;

        Run(double baseline, double size) {
            this.baseline = baseline;
            this.size = size;
        }

        void add(Glyph g) {
            glyphs.add(g);
            if (!g.isSpace()) {
                maxInnerRight = Math.max(maxInnerRight, g.right() - g.width() / 4);
                maxCenter = Math.max(maxCenter, g.centerX());
            }
        }

        /**
         * Whether a visible glyph of the run and {@code g} are drawn over each other: one's centre lies in the middle
         * of the other.
         * Advance boxes of neighbours may overlap by a few points where a producer tightens letter spacing (Hancom
         * PDF keeps the font's advance and moves the next glyph closer), but a neighbour never reaches the centre.
         */
        boolean covers(Glyph g) {
            if (g.isSpace()) {
                return false;
            }
            // text runs left to right: a glyph past every middle half and centre of the run covers none of them
            if (g.centerX() >= maxInnerRight && g.x() + g.width() / 4 >= maxCenter) {
                return false;
            }
            for (Glyph o : glyphs) {
                if (!o.isSpace() && (contains(o, g.centerX()) || contains(g, o.centerX()))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether x falls in the middle half of the glyph's advance (the outer quarters may be letter spacing). */
        private static boolean contains(Glyph g, double x) {
            return x > g.x() + g.width() / 4 && x < g.right() - g.width() / 4;
        }

        double medianSize() {
            double[] sizes = glyphs.stream().mapToDouble(Glyph::size).sorted().toArray();
            return sizes.length == 0 ? size : sizes[sizes.length / 2];
        }

        double left() {
            return glyphs.stream().mapToDouble(Glyph::x).min().orElse(0);
        }

        double right() {
            return glyphs.stream().mapToDouble(Glyph::right).max().orElse(0);
        }
    }

    private static void addLine(List<TextLine> lines, List<Glyph> glyphs) {
        if (!glyphs.isEmpty()) {
            TextLine line = of(glyphs);
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
    }

    private static boolean isDuplicate(List<Glyph> line, Glyph g) {
        for (int i = line.size() - 1; i >= 0 && i >= line.size() - 8; i--) {
            Glyph o = line.get(i);
            if (o.text().equals(g.text()) && Math.abs(o.x() - g.x()) < 0.1 * g.size()
                    && Math.abs(o.baseline() - g.baseline()) < 0.1 * g.size()) {
                return true;
            }
        }
        return false;
    }

    /** A run of glyphs inside a line. */
    record Chunk(double left, double right, List<Glyph> glyphs) {

        static Chunk of(List<Glyph> glyphs) {
            return new Chunk(glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right(), List.copyOf(glyphs));
        }
    }
}
