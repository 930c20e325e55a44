package dev.planetl.extract.pdf;

import java.util.ArrayList;
import java.util.List;

import dev.planetl.extract.BoundingBox;

/**
 * Consecutive lines set closer than a line and a bit apart, at the same size: the lines of one paragraph, or the
 * lines of one table row whose cells wrap.
 */
record TextRow(List<TextLine> lines) {

    /**
     * Lines whose baselines are closer than this share of the font size continue the row above. Wrapped lines of
     * one paragraph or cell sit one line height apart (1.15 to 1.6 of the size by font); separate paragraphs
     * and table rows add their spacing or cell padding to that.
     */
    static final double CONTINUATION_PITCH = 1.7;

    double size() {
        return lines.get(0).size();
    }

    double top() {
        return lines.stream().mapToDouble(TextLine::top).min().orElseThrow();
    }

    double bottom() {
        return lines.stream().mapToDouble(TextLine::bottom).max().orElseThrow();
    }

    double left() {
        return lines.stream().mapToDouble(TextLine::left).min().orElseThrow();
    }

    double right() {
        return lines.stream().mapToDouble(TextLine::right).max().orElseThrow();
    }

    BoundingBox box() {
        return new BoundingBox(left(), top(), right() - left(), bottom() - top());
    }

    String text() {
        List<String> parts = new ArrayList<>();
        for (TextLine l : lines) {
            parts.add(l.text().strip());
        }
        return String.join(" ", parts).strip();
    }

    List<Glyph> glyphs() {
        List<Glyph> out = new ArrayList<>();
        lines.forEach(l -> out.addAll(l.glyphs()));
        return out;
    }

    /** All chunks of all lines, projected on the x axis and merged where they overlap. */
    List<double[]> occupied(double gapFactor) {
        List<double[]> spans = new ArrayList<>();
        for (TextLine l : lines) {
            for (TextLine.Chunk c : l.chunks(gapFactor)) {
                spans.add(new double[] {c.left(), c.right()});
            }
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] s : spans) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], s[1]);
            } else {
                merged.add(new double[] {s[0], s[1]});
            }
        }
        return merged;
    }

    /** Groups lines (top to bottom) into rows by their pitch and size. */
    static List<TextRow> rowsOf(List<TextLine> lines) {
        List<TextRow> rows = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : lines) {
            if (!current.isEmpty()) {
                TextLine previous = current.get(current.size() - 1);
                boolean sameSize = Math.abs(line.size() - previous.size()) <= 0.1 * previous.size();
                boolean close = line.baseline() - previous.baseline() < CONTINUATION_PITCH * previous.size();
                if (!(sameSize && close)) {
                    rows.add(new TextRow(List.copyOf(current)));
                    current = new ArrayList<>();
                }
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            rows.add(new TextRow(List.copyOf(current)));
        }
        return rows;
    }
}
