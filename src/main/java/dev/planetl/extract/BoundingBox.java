package dev.planetl.extract;

/** A rectangle on a PDF page in points, origin top-left, y growing downwards. */
public record BoundingBox(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }
}
