package dev.planetl.read.grid;

import java.util.List;

/**
 * One table as the general model read it: its grid and the facts of its amount cells, each at its row and column.
 *
 * @param grid the table's grid
 * @param facts every fact of the table, in grid order (row by row)
 */
public record GridReading(Grid grid, List<GridFact> facts) {

    public GridReading {
        facts = List.copyOf(facts);
    }
}
