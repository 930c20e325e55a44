package dev.planetl.read.table;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;

import java.util.ArrayList;
import java.util.List;

/** Tables built by hand for reader tests. */
final class Tables {

    private Tables() {
    }

    /** A table from tab-separated rows, one cell per field, as the text extractor gives it. */
    static Table of(String... rows) {
        return indexed(0, rows);
    }

    static Table indexed(int index, String... rows) {
        int columns = 0;
        for (String row : rows) {
            columns = Math.max(columns, row.split("\t", -1).length);
        }
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            String[] fields = rows[r].split("\t", -1);
            for (int c = 0; c < fields.length; c++) {
                cells.add(new Cell(r, c, 1, 1, fields[c], Provenance.ofLine(null, 100 + r)));
            }
        }
        return new Table(index, rows.length, columns, 1, cells, Provenance.ofLine(null, 100));
    }

    /** A builder for tables with merged cells, as HWP and PDF extractors give them. */
    static Builder grid(int rows, int columns) {
        return new Builder(rows, columns);
    }

    static final class Builder {
        private final int rows;
        private final int columns;
        private final List<Cell> cells = new ArrayList<>();

        private Builder(int rows, int columns) {
            this.rows = rows;
            this.columns = columns;
        }

        Builder cell(int row, int column, String text) {
            return cell(row, column, 1, 1, text);
        }

        Builder cell(int row, int column, int rowSpan, int columnSpan, String text) {
            cells.add(new Cell(row, column, rowSpan, columnSpan, text, Provenance.ofPage(2)));
            return this;
        }

        /** Fills a row from a column on, one single cell per value. */
        Builder row(int row, int fromColumn, String... texts) {
            for (int i = 0; i < texts.length; i++) {
                cell(row, fromColumn + i, texts[i]);
            }
            return this;
        }

        Table build() {
            return new Table(0, rows, columns, 2, cells, Provenance.ofPage(2));
        }
    }
}
