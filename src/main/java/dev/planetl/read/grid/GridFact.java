package dev.planetl.read.grid;

import dev.planetl.read.TableFact;

/**
 * A fact with the row and column of the grid it stands at, so that a projection (a project line, a total) takes
 * the very amount the fact holds rather than reading the cell again.
 *
 * @param row the body row
 * @param column the amount column
 * @param fact the fact read from the cell where they cross
 */
public record GridFact(GridRow row, GridColumn column, TableFact fact) {
}
