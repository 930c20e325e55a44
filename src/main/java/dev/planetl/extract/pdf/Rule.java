package dev.planetl.extract.pdf;

/**
 * A horizontal or vertical ruling line, top-left origin. A horizontal rule has y1 == y2, a vertical one x1 == x2;
 * coordinates are ordered (x1 <= x2, y1 <= y2).
 */
record Rule(double x1, double y1, double x2, double y2) {

    boolean horizontal() {
        return y1 == y2;
    }

    /** The fixed coordinate: y of a horizontal rule, x of a vertical one. */
    double position() {
        return horizontal() ? y1 : x1;
    }

    double start() {
        return horizontal() ? x1 : y1;
    }

    double end() {
        return horizontal() ? x2 : y2;
    }

    static Rule horizontal(double y, double xa, double xb) {
        return new Rule(Math.min(xa, xb), y, Math.max(xa, xb), y);
    }

    static Rule vertical(double x, double ya, double yb) {
        return new Rule(x, Math.min(ya, yb), x, Math.max(ya, yb));
    }
}
