package dev.planetl.extract.hwp;

import java.util.Objects;

/**
 * A table cell as the file declares it, before it is placed on the grid.
 *
 * @param row the row address the file gives the cell (zero-based)
 * @param column the column address the file gives the cell (zero-based)
 * @param rowSpan rows the file says the cell covers
 * @param columnSpan columns the file says the cell covers
 * @param text the cell's text, not yet normalised
 * @param markedHeader whether the file marks the cell as a title (header) cell
 */
public record GridCell(int row, int column, int rowSpan, int columnSpan, String text, boolean markedHeader) {

    public GridCell {
        Objects.requireNonNull(text, "text");
    }
}
