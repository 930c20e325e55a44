package dev.planetl.extract.docx;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import dev.planetl.extract.docx.DocxBody.Item;
import dev.planetl.extract.docx.DocxBody.Para;
import dev.planetl.extract.docx.DocxBody.Plain;
import dev.planetl.extract.docx.DocxBody.RawCell;
import dev.planetl.extract.docx.DocxBody.RawRow;
import dev.planetl.extract.docx.DocxBody.RawTable;
import dev.planetl.extract.text.TextRules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a Word table's cells on its grid.
 *
 * <ul>
 *   <li>{@code w:gridBefore} skips grid columns at the start of a row; {@code w:gridSpan} widens a cell.</li>
 *   <li>{@code w:vMerge}: a cell with {@code restart} (or with no merge) starts a cell; a cell with
 *       {@code continue} (or a bare {@code <w:vMerge/>}) extends the cell above it in the same grid column, so a
 *       vertically merged cell is one {@link Cell} with its row span. A continuation with nothing to extend
 *       stands as an empty cell of its own.</li>
 *   <li>A cell's text is its paragraphs' text joined by spaces (two paragraphs {@code 1,000} and {@code 500}
 *       must not read as {@code 1,000500}).</li>
 *   <li>Header rows are the leading rows marked to repeat as header ({@code w:tblHeader}); a table without any
 *       gets the text rule ({@link TextRules#headerRows}).</li>
 * </ul>
 */
final class DocxTables {

    static final int MAX_SPAN = 1000;

    private DocxTables() {
    }

    /** A cell being placed; its row span grows while continuations below join it. */
    private static final class Placed {
        final int row;
        final int column;
        final int columnSpan;
        final String text;
        final Provenance provenance;
        int rowSpan = 1;

        Placed(int row, int column, int columnSpan, String text, Provenance provenance) {
            this.row = row;
            this.column = column;
            this.columnSpan = columnSpan;
            this.text = text;
            this.provenance = provenance;
        }
    }

    static Table toTable(int index, RawTable table, Provenance start) {
        List<RawRow> rows = table.rows();
        List<Placed> placed = new ArrayList<>();
        int columns = table.gridColumns();
        for (int r = 0; r < rows.size(); r++) {
            RawRow row = rows.get(r);
            int c = row.gridBefore();
            for (RawCell cell : row.cells()) {
                int span = cell.gridSpan();
                Placed above = cell.continues() ? anchorAbove(placed, r, c) : null;
                if (above != null) {
                    above.rowSpan = r - above.row + 1;
                } else {
                    placed.add(new Placed(r, c, span, text(cell), start.inTable(index).atCell(r, c)));
                }
                c += span;
            }
            columns = Math.max(columns, c);
        }
        List<Cell> cells = new ArrayList<>();
        for (Placed p : placed) {
            int columnSpan = Math.min(p.columnSpan, columns - p.column);
            cells.add(new Cell(p.row, p.column, p.rowSpan, Math.max(1, columnSpan), p.text, p.provenance));
        }
        return new Table(index, rows.size(), columns, headerRows(rows, cells, columns), cells, start);
    }

    /** Whether a cell of the table holds a table itself: then the table is layout, not data. */
    static boolean holdsTables(RawTable table) {
        return table.rows().stream().flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.content().stream().anyMatch(RawTable.class::isInstance));
    }

    static String text(RawCell cell) {
        StringBuilder text = new StringBuilder();
        for (Item item : cell.content()) {
            String t = item instanceof Para p ? p.text() : item instanceof Plain p ? p.text() : "";
            if (!t.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(t);
            }
        }
        return TextRules.clean(Normalizer.normalize(text, Normalizer.Form.NFC).replace('\n', ' '));
    }

    /** A span or skip count ({@code w:val}) clamped to 0…{@value #MAX_SPAN}; 1 when absent or unreadable. */
    static int number(String val) {
        try {
            int v = val == null ? 1 : Integer.parseInt(val.strip());
            return Math.max(0, Math.min(v, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Placed anchorAbove(List<Placed> placed, int row, int column) {
        for (int k = placed.size() - 1; k >= 0; k--) {
            Placed p = placed.get(k);
            if (p.column == column && p.row + p.rowSpan == row) {
                return p;
            }
        }
        return null;
    }

    private static int headerRows(List<RawRow> rows, List<Cell> cells, int columns) {
        int repeated = 0;
        while (repeated < rows.size() && rows.get(repeated).header()) {
            repeated++;
        }
        if (repeated > 0) {
            return repeated;
        }
        return TextRules.headerRows(cells, rows.size(), columns);
    }
}
