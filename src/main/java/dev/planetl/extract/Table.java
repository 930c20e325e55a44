package dev.planetl.extract;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.stream.Collectors;

/**
 * A table as a grid of cells. Every grid position is covered by at most one cell; a position no cell covers
 * reads as empty text. Cells are kept sorted by row, then column.
 *
 * <p>{@link #cellAt} answers in constant time: the constructor builds a position → cell index once (readers ask
 * for every position of every row, so a scan per lookup made a 25,000-row table take minutes).
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
        if (!(cells instanceof IndexedCells indexed && indexed.rows == rowCount && indexed.columns == columnCount)) {
            List<Cell> sorted = new ArrayList<>(cells);
            sorted.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
            for (Cell cell : sorted) {
                if (cell.row() + cell.rowSpan() > rowCount || cell.column() + cell.columnSpan() > columnCount) {
                    throw new IllegalArgumentException("cell " + cell.row() + "," + cell.column()
                            + " reaches outside a " + rowCount + "x" + columnCount + " table");
                }
            }
            cells = new IndexedCells(sorted.toArray(Cell[]::new), rowCount, columnCount);
        }
    }

    /** The cell covering a grid position, whether it is anchored there or spans over it. */
    public Optional<Cell> cellAt(int row, int column) {
        return Optional.ofNullable(((IndexedCells) cells).at(row, column));
    }

    /** The text at a grid position: the anchored cell's text, "" where a span covers it or nothing does. */
    public String textAt(int row, int column) {
        Cell cell = ((IndexedCells) cells).at(row, column);
        return cell != null && cell.row() == row && cell.column() == column ? cell.text() : "";
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

    /**
     * The cells as an unmodifiable list that also maps each grid position to the cell covering it. Equal to any
     * list of the same cells (it is one to {@code equals}), so a table's identity stays its components. Where two
     * cells claim a position the first in row-then-column order wins, as the former scan answered.
     */
    private static final class IndexedCells extends AbstractList<Cell> implements RandomAccess {
        private final Cell[] sorted;
        private final int rows;
        private final int columns;
        /**
         * Per grid position, 1 + the index in {@link #sorted} of the covering cell, 0 where none covers; null for a
         * grid past {@link #DENSE_POSITIONS}, which {@link #byRow} indexes instead.
         */
        private final int[] byPosition;
        /** Per row, the indexes of the cells covering it in column order (only for grids too large for dense). */
        private final int[][] byRow;

        /** Grids up to this many positions (64 MB of index) are indexed densely; larger ones, sparse, per row. */
        private static final long DENSE_POSITIONS = 1L << 24;

        IndexedCells(Cell[] sorted, int rows, int columns) {
            this.sorted = sorted;
            this.rows = rows;
            this.columns = columns;
            long positions = (long) rows * columns;
            if (positions <= DENSE_POSITIONS) {
                this.byPosition = new int[(int) positions];
                this.byRow = null;
                for (int i = sorted.length - 1; i >= 0; i--) {
                    Cell cell = sorted[i];
                    for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                        int from = r * columns + cell.column();
                        Arrays.fill(byPosition, from, from + cell.columnSpan(), i + 1);
                    }
                }
            } else {
                this.byPosition = null;
                this.byRow = sparseRows(sorted, rows);
            }
        }

        private static int[][] sparseRows(Cell[] sorted, int rows) {
            int[] counts = new int[rows];
            for (Cell cell : sorted) {
                for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                    counts[r]++;
                }
            }
            int[][] out = new int[rows][];
            for (int r = 0; r < rows; r++) {
                out[r] = new int[counts[r]];
                counts[r] = 0;
            }
            for (int i = 0; i < sorted.length; i++) {
                Cell cell = sorted[i];
                for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                    out[r][counts[r]++] = i;
                }
            }
            for (int[] row : out) {
                if (row.length > 1) {
                    Integer[] boxed = Arrays.stream(row).boxed().toArray(Integer[]::new);
                    Arrays.sort(boxed, Comparator.comparingInt((Integer i) -> sorted[i].column())
                            .thenComparingInt(i -> i));
                    for (int k = 0; k < row.length; k++) {
                        row[k] = boxed[k];
                    }
                }
            }
            return out;
        }

        Cell at(int row, int column) {
            if (row < 0 || row >= rows || column < 0 || column >= columns) {
                return null;
            }
            if (byPosition != null) {
                int slot = byPosition[row * columns + column];
                return slot == 0 ? null : sorted[slot - 1];
            }
            for (int i : byRow[row]) {
                if (sorted[i].column() > column) {
                    break;
                }
                if (sorted[i].covers(row, column)) {
                    return sorted[i];
                }
            }
            return null;
        }

        @Override
        public Cell get(int i) {
            return sorted[i];
        }

        @Override
        public int size() {
            return sorted.length;
        }
    }
}
