package dev.planetl.extract;

import java.util.Objects;

/**
 * One cell of a {@link Table}, anchored at its top-left grid position.
 *
 * @param row zero-based row of the cell's top-left corner
 * @param column zero-based column of the cell's top-left corner
 * @param rowSpan rows the cell covers, at least 1
 * @param columnSpan columns the cell covers, at least 1
 * @param text the cell's text, lines joined by a single space, NFC, never null ("" for an empty cell)
 */
public record Cell(int row, int column, int rowSpan, int columnSpan, String text, Provenance provenance) {

    public Cell {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("negative cell address " + row + "," + column);
        }
        if (rowSpan < 1 || columnSpan < 1) {
            throw new IllegalArgumentException("span below 1 at " + row + "," + column);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
    }

    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= column && c < column + columnSpan;
    }
}
