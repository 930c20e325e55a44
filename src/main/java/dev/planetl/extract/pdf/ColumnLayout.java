package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a page's lines into sections read in order, top to bottom: a section is either one flow of full-width
 * lines or two columns of text (회의록, 보도자료) read left column first, then right. Without this, a line of the
 * left column and the line beside it in the right column would be read as one line.
 * <p>
 * A gutter is a vertical band at least {@link #MIN_GUTTER} font sizes wide in the middle of the text block
 * ({@link #CENTRAL} of its width) that no glyph of a run of consecutive lines touches. The run is two columns only
 * when it looks like two columns of prose and not like a table drawn without rules:
 * <ul>
 *   <li>at least {@value #MIN_BOTH_SIDES} of its lines have text on both sides of the gutter;</li>
 *   <li>each side is at least {@link #MIN_SIDE_SHARE} of the text block wide, and at least half of the lines of
 *       each side touch the gutter (justified prose ends at the gutter on the left and starts there on the
 *       right; the ragged cells of a two-column table do not);</li>
 *   <li>neither side has a band that none of its lines touches inside it (a side holding columns of its own is a
 *       table, which {@link StreamTableFinder} reads).</li>
 * </ul>
 * Stateless.
 */
final class ColumnLayout {

    /** A gutter is at least this many font sizes wide. */
    static final double MIN_GUTTER = 1.2;
    /** The gutter lies within this middle share of the text block's width. */
    static final double CENTRAL = 0.4;
    /** Lines of a two-column run with text on both sides of its gutter. */
    static final int MIN_BOTH_SIDES = 5;
    /** Each column is at least this share of the text block wide. */
    static final double MIN_SIDE_SHARE = 0.3;
    /** A line touches the gutter when its text ends (left side) or starts (right side) this many sizes from it. */
    static final double TOUCH = 2;
    /** Gaps narrower than this many font sizes inside a line (word spaces) count as covered. */
    private static final double WORD_GAP = 0.6;

    /**
     * One section of a page: {@code left} alone for full-width lines; {@code left} and {@code right} for two
     * columns split at {@code gutter}.
     */
    record Section(List<TextLine> left, List<TextLine> right, double top, double bottom, double gutter) {

        boolean twoColumns() {
            return !right.isEmpty();
        }
    }

    private ColumnLayout() {
    }

    /** The page's lines (top to bottom) in sections, top to bottom. */
    static List<Section> sections(List<TextLine> lines) {
        List<Section> out = new ArrayList<>();
        if (lines.size() < MIN_BOTH_SIDES) {
            out.add(single(lines));
            return out;
        }
        double left = lines.stream().mapToDouble(TextLine::left).min().orElseThrow();
        double right = lines.stream().mapToDouble(TextLine::right).max().orElseThrow();
        double[] sizes = lines.stream().mapToDouble(TextLine::size).sorted().toArray();
        double size = sizes[sizes.length / 2];
        int bins = (int) Math.ceil(right - left) + 1;
        int from = (int) ((right - left) * (0.5 - CENTRAL / 2));
        int to = (int) ((right - left) * (0.5 + CENTRAL / 2));
        int gutterBins = (int) Math.ceil(MIN_GUTTER * size);
        boolean[][] covered = new boolean[lines.size()][];
        for (int i = 0; i < lines.size(); i++) {
            covered[i] = covered(lines.get(i), left, bins, size);
        }
        List<TextLine> pending = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            boolean[] empty = new boolean[bins];
            for (int b = from; b < to && b < bins; b++) {
                empty[b] = !covered[i][b];
            }
            int end = i;
            int[] band = widest(empty, from, to);
            if (band[1] - band[0] >= gutterBins) {
                while (end + 1 < lines.size()) {
                    boolean[] next = empty.clone();
                    for (int b = from; b < to && b < bins; b++) {
                        next[b] &= !covered[end + 1][b];
                    }
                    int[] nextBand = widest(next, from, to);
                    if (nextBand[1] - nextBand[0] < gutterBins) {
                        break;
                    }
                    empty = next;
                    band = nextBand;
                    end++;
                }
            }
            Section two = band[1] - band[0] >= gutterBins
                    ? twoColumns(lines.subList(i, end + 1), left + band[0], left + band[1], left, right, size)
                    : null;
            if (two == null) {
                pending.add(lines.get(i));
                i++;
                continue;
            }
            if (!pending.isEmpty()) {
                out.add(single(pending));
                pending = new ArrayList<>();
            }
            out.add(two);
            i = end + 1;
        }
        if (!pending.isEmpty() || out.isEmpty()) {
            out.add(single(pending));
        }
        return out;
    }

    private static Section single(List<TextLine> lines) {
        double top = lines.stream().mapToDouble(TextLine::top).min().orElse(0);
        double bottom = lines.stream().mapToDouble(TextLine::bottom).max().orElse(0);
        return new Section(List.copyOf(lines), List.of(), top, bottom, Double.NaN);
    }

    /** The run as two columns split in the band {@code gapLeft..gapRight}, or null when it is no two-column text. */
    private static Section twoColumns(List<TextLine> run, double gapLeft, double gapRight, double left, double right,
            double size) {
        double gutter = (gapLeft + gapRight) / 2;
        List<TextLine> lefts = new ArrayList<>();
        List<TextLine> rights = new ArrayList<>();
        int both = 0;
        for (TextLine line : run) {
            List<Glyph> l = new ArrayList<>();
            List<Glyph> r = new ArrayList<>();
            for (Glyph g : line.glyphs()) {
                (g.centerX() < gutter ? l : r).add(g);
            }
            TextLine a = l.isEmpty() ? null : TextLine.of(l);
            TextLine b = r.isEmpty() ? null : TextLine.of(r);
            a = a == null || a.isBlank() ? null : a;
            b = b == null || b.isBlank() ? null : b;
            if (a != null) {
                lefts.add(a);
            }
            if (b != null) {
                rights.add(b);
            }
            both += a != null && b != null ? 1 : 0;
        }
        double width = right - left;
        if (both < MIN_BOTH_SIDES || gapLeft - left < MIN_SIDE_SHARE * width
                || right - gapRight < MIN_SIDE_SHARE * width) {
            return null;
        }
        long leftTouching = lefts.stream().filter(l -> gapLeft - l.right() <= TOUCH * size).count();
        long rightTouching = rights.stream().filter(l -> l.left() - gapRight <= TOUCH * size).count();
        if (2 * leftTouching < lefts.size() || 2 * rightTouching < rights.size()
                || hasInnerGap(lefts, size) || hasInnerGap(rights, size)) {
            return null;
        }
        double top = run.stream().mapToDouble(TextLine::top).min().orElseThrow();
        double bottom = run.stream().mapToDouble(TextLine::bottom).max().orElseThrow();
        return new Section(List.copyOf(lefts), List.copyOf(rights), top, bottom, gutter);
    }

    /** Whether some band at least a gutter wide, inside the lines' extent, is touched by none of them. */
    private static boolean hasInnerGap(List<TextLine> lines, double size) {
        double left = lines.stream().mapToDouble(TextLine::left).min().orElseThrow();
        double right = lines.stream().mapToDouble(TextLine::right).max().orElseThrow();
        int bins = (int) Math.ceil(right - left) + 1;
        boolean[] any = new boolean[bins];
        for (TextLine line : lines) {
            boolean[] c = covered(line, left, bins, size);
            for (int b = 0; b < bins; b++) {
                any[b] |= c[b];
            }
        }
        int run = 0;
        for (int b = 0; b < bins; b++) {
            run = any[b] ? 0 : run + 1;
            if (run >= MIN_GUTTER * size) {
                return true;
            }
        }
        return false;
    }

    /** One-point bins a line's text covers, word spaces included. */
    private static boolean[] covered(TextLine line, double left, int bins, double size) {
        boolean[] out = new boolean[bins];
        Glyph previous = null;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) {
                continue;
            }
            double from = previous != null && g.x() - previous.right() < WORD_GAP * size ? previous.right() : g.x();
            for (int b = (int) Math.floor(from - left); b < Math.ceil(g.right() - left) && b < bins; b++) {
                if (b >= 0) {
                    out[b] = true;
                }
            }
            previous = g;
        }
        return out;
    }

    /** The widest run of true bins within {@code from..to}, as {start, end} (end exclusive). */
    private static int[] widest(boolean[] empty, int from, int to) {
        int bestStart = from;
        int bestEnd = from;
        int start = -1;
        for (int b = from; b <= to && b <= empty.length; b++) {
            boolean e = b < to && b < empty.length && empty[b];
            if (e && start < 0) {
                start = b;
            } else if (!e && start >= 0) {
                if (b - start > bestEnd - bestStart) {
                    bestStart = start;
                    bestEnd = b;
                }
                start = -1;
            }
        }
        return new int[] {bestStart, bestEnd};
    }
}
