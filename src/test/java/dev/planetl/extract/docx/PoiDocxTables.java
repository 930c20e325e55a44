package dev.planetl.extract.docx;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import dev.planetl.extract.text.TextRules;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

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
 *   <li>Header rows are the leading rows marked to repeat as header ({@code w:tblHeader}); a table without any
 *       gets the text rule ({@link TextRules#headerRows}).</li>
 * </ul>
 */
final class PoiDocxTables {

    static final int MAX_SPAN = 1000;

    private PoiDocxTables() {
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

    static Table toTable(int index, XWPFTable table, Provenance start) {
        List<XWPFTableRow> rows = table.getRows();
        List<Placed> placed = new ArrayList<>();
        int columns = table.getCTTbl().getTblGrid() == null ? 0 : table.getCTTbl().getTblGrid().sizeOfGridColArray();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = rows.get(r);
            int c = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? Math.max(1, number(pr.getGridSpan())) : 1;
                boolean continues = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                Placed above = continues ? anchorAbove(placed, r, c) : null;
                if (above != null) {
                    above.rowSpan = r - above.row + 1;
                } else {
                    Provenance at = start.inTable(index).atCell(r, c);
                    placed.add(new Placed(r, c, span, text(cell), at));
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

    static String text(XWPFTableCell cell) {
        return TextRules.clean(Normalizer.normalize(cell.getText(), Normalizer.Form.NFC).replace('\n', ' '));
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

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        return pr != null && pr.sizeOfGridBeforeArray() > 0 ? number(pr.getGridBeforeArray(0)) : 0;
    }

    private static int number(CTDecimalNumber n) {
        Object val = n == null ? null : n.getVal();
        try {
            int v = val == null ? 1 : Integer.parseInt(val.toString());
            return Math.max(0, Math.min(v, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int headerRows(List<XWPFTableRow> rows, List<Cell> cells, int columns) {
        int repeated = 0;
        while (repeated < rows.size() && rows.get(repeated).isRepeatHeader()) {
            repeated++;
        }
        if (repeated > 0) {
            return repeated;
        }
        return TextRules.headerRows(cells, rows.size(), columns);
    }
}
