package dev.planetl.read.table;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import dev.planetl.read.SourceRef;
import dev.planetl.read.Whitespace;


/** Reading cells of a table: their text, whitespace-normalised, and where they stand. */
final class Cells {


    private Cells() {
    }

    /** The text anchored at a position, whitespace collapsed; "" where a span covers it or nothing does. */
    static String text(Table table, int row, int column) {
        if (column < 0 || column >= table.columnCount()) {
            return "";
        }
        return normalise(table.textAt(row, column));
    }

    /** The text of the cell covering a position, also where a merged cell spans over it. */
    static String covering(Table table, int row, int column) {
        if (column < 0 || column >= table.columnCount()) {
            return "";
        }
        return table.cellAt(row, column).map(c -> normalise(c.text())).orElse("");
    }

    static String normalise(String s) {
        return s == null ? "" : Whitespace.collapse(s);
    }

    /** A row's cells joined by tabs, as printed. */
    static String rowText(Table table, int row) {
        return String.join("\t", table.row(row)).strip();
    }

    static boolean blankRow(Table table, int row) {
        return table.row(row).stream().allMatch(String::isBlank);
    }

    /**
     * Where a cell stands: its page and line, the table's index, row and column. A cell whose extractor already
     * placed it in a table keeps that place, so a table joined to its continuation refers to the printed rows.
     */
    static Provenance at(Table table, int row, int column) {
        Provenance base = table.cellAt(row, column).map(Cell::provenance).orElse(table.provenance());
        Integer page = base.page() != null ? base.page() : table.provenance().page();
        if (base.tableIndex() != null && base.row() != null && base.column() != null) {
            return new Provenance(page, base.tableIndex(), base.row(), base.column(), base.line(), base.box());
        }
        return new Provenance(page, table.index(), row, column, base.line(), base.box());
    }

    /** A reference to one cell, its printed text as raw. */
    static SourceRef cellRef(Table table, int row, int column) {
        return new SourceRef(at(table, row, column), text(table, row, column));
    }

    /**
     * A reference to a row, the whole row as raw: the place of its first cell that begins in it, so a row under a
     * label merged down from above refers to itself, not to the row the label begins in.
     */
    static SourceRef rowRef(Table table, int row) {
        Provenance first = at(table, row, 0);
        for (int c = 0; c < table.columnCount(); c++) {
            Cell cell = table.cellAt(row, c).orElse(null);
            if (cell != null && cell.row() == row) {
                Provenance own = at(table, row, c);
                first = new Provenance(own.page(), own.tableIndex(), own.row(), 0, own.line(), own.box());
                break;
            }
        }
        return new SourceRef(first, rowText(table, row));
    }

    /** "table 12 (p3, line 689) row 5" for messages. */
    static String where(Table table, int row) {
        Provenance p = table.provenance();
        StringBuilder s = new StringBuilder("table ").append(table.index());
        if (p.page() != null || p.line() != null) {
            s.append(" (");
            if (p.page() != null) {
                s.append("page ").append(p.page());
            }
            if (p.line() != null) {
                s.append(p.page() != null ? ", " : "").append("line ").append(p.line());
            }
            s.append(")");
        }
        return row < 0 ? s.toString() : s.append(" row ").append(row).toString();
    }
}
