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

    static String textOf(List<Glyph> glyphs) {
        StringBuilder s = new StringBuilder();
        Glyph previous = null;
        boolean pendingSpace = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                pendingSpace = previous != null;
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

    /** Groups glyphs into lines by baseline, top to bottom; duplicate glyphs drawn for fake bold are dropped. */
    static List<TextLine> linesOf(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double currentBaseline = 0;
        double currentSize = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.baseline() - currentBaseline) > 0.35 * Math.max(currentSize, g.size())) {
                addLine(lines, current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                currentBaseline = g.baseline();
                currentSize = g.size();
            }
            if (!isDuplicate(current, g)) {
                current.add(g);
                currentSize = Math.max(currentSize, g.size());
            }
        }
        addLine(lines, current);
        return lines;
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
        for (int i = line.size() - 1; i >= 0 && i >= line.size() - 4; i--) {
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
