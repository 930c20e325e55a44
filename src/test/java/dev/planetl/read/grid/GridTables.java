package dev.planetl.read.grid;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;

import java.util.ArrayList;
import java.util.List;

/** Tables built by hand for the general model's tests: cells with spans, on page 3, table 2. */
final class GridTables {

    private final int rows;
    private final int columns;
    private final int headerRows;
    private final List<Cell> cells = new ArrayList<>();

    private GridTables(int rows, int columns, int headerRows) {
        this.rows = rows;
        this.columns = columns;
        this.headerRows = headerRows;
    }

    static GridTables of(int rows, int columns, int headerRows) {
        return new GridTables(rows, columns, headerRows);
    }

    GridTables cell(int row, int column, String text) {
        return cell(row, column, 1, 1, text);
    }

    GridTables cell(int row, int column, int rowSpan, int columnSpan, String text) {
        cells.add(new Cell(row, column, rowSpan, columnSpan, text, Provenance.ofPage(3)));
        return this;
    }

    /** One single cell per value from a column on. */
    GridTables row(int row, int fromColumn, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            cell(row, fromColumn + i, texts[i]);
        }
        return this;
    }

    Table table() {
        return new Table(2, rows, columns, headerRows, cells, Provenance.ofPage(3));
    }
}
