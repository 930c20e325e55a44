package dev.planetl.extract.pdf;

/**
 * One glyph on a page, in points with the origin at the page's top-left corner and y growing downwards.
 *
 * @param x left edge
 * @param baseline the baseline's y
 * @param width advance width
 * @param size font size in points (the glyph's height is taken as this size)
 * @param text the glyph's Unicode text, one or more chars (ligatures), never empty
 */
record Glyph(double x, double baseline, double width, double size, String text) {

    double right() {
        return x + width;
    }

    /** Top of the glyph box: the ascent of a CJK font is close to 0.8 of its size. */
    double top() {
        return baseline - size * 0.8;
    }

    double bottom() {
        return baseline + size * 0.2;
    }

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return baseline - size * 0.3;
    }

    boolean isSpace() {
        // most glyphs are one char: isBlank's general loop showed in profiles
        return text.length() == 1 ? Character.isWhitespace(text.charAt(0)) : text.isBlank();
    }
}
