package dev.planetl.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A table as a grid of cells. Every grid position is covered by at most one cell; a position no cell covers
 * reads as empty text. Cells are kept sorted by row, then column.
 *
 * @param index zero-based index among the document's tables
 * @param rowCount rows in the grid
 * @param columnCount columns in the grid
 * @param headerRows how many leading rows are header rows (0 when unknown)
 * @param cells the cells, each at its anchor
 * @param provenance where the table starts (page and line of its first row)
 */
public record Table(int index, int rowCount, int columnCount, int headerRows, List<Cell> cells,
                    Provenance provenance) implements Block {

    public Table {
        Objects.requireNonNull(provenance, "provenance");
        List<Cell> sorted = new ArrayList<>(cells);
        sorted.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
        cells = List.copyOf(sorted);
        for (Cell cell : cells) {
            if (cell.row() + cell.rowSpan() > rowCount || cell.column() + cell.columnSpan() > columnCount) {
                throw new IllegalArgumentException("cell " + cell.row() + "," + cell.column()
                        + " reaches outside a " + rowCount + "x" + columnCount + " table");
            }
        }
    }

    /** The cell covering a grid position, whether it is anchored there or spans over it. */
    public Optional<Cell> cellAt(int row, int column) {
        for (Cell cell : cells) {
            if (cell.covers(row, column)) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** The text at a grid position: the anchored cell's text, "" where a span covers it or nothing does. */
    public String textAt(int row, int column) {
        return cellAt(row, column).filter(c -> c.row() == row && c.column() == column).map(Cell::text).orElse("");
    }

    /** The row as texts, one per column, spanned positions empty. */
    public List<String> row(int row) {
        List<String> out = new ArrayList<>(columnCount);
        for (int c = 0; c < columnCount; c++) {
            out.add(textAt(row, c));
        }
        return out;
    }

    @Override
    public String text() {
        List<String> lines = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            lines.add(String.join("\t", row(r)));
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }
}
