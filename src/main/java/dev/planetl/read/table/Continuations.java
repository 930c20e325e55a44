package dev.planetl.read.table;

import dev.planetl.extract.Block;
import dev.planetl.extract.Cell;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table continued after a page break without its header repeated: the rows below the break arrive as a table of
 * their own that no reader recognises. It is read under the header of the table it continues when it follows that
 * table directly (nothing between but page furniture) and has the same columns.
 */
final class Continuations {

    /** A page number or marker between the two parts: {@code - 3 -}, {@code 3}, {@code (3/10)}. */
    private static final Pattern PAGE_FURNITURE = Pattern.compile("^[\\s\\-–—()/\\dpP.]*$");

    private Continuations() {
    }

    /** True when a block between two parts of a table is only page furniture. */
    static boolean isPageFurniture(Block block) {
        return block instanceof Paragraph p && PAGE_FURNITURE.matcher(p.text()).matches();
    }

    /**
     * The continuation with the previous part's header rows put on top. Cells keep their own provenance, so what is
     * read refers to the printed rows of the continuation.
     *
     * @param headerRows how many leading rows of {@code previous} are its header
     */
    static Table withHeaderOf(Table previous, int headerRows, Table continuation) {
        List<Cell> cells = new ArrayList<>();
        for (Cell cell : previous.cells()) {
            if (cell.row() < headerRows) {
                cells.add(new Cell(cell.row(), cell.column(), Math.min(cell.rowSpan(), headerRows - cell.row()),
                        cell.columnSpan(), cell.text(), cell.provenance()));
            }
        }
        for (Cell cell : continuation.cells()) {
            Cell placed = new Cell(cell.row() + headerRows, cell.column(), cell.rowSpan(), cell.columnSpan(),
                    cell.text(), cell.provenance().tableIndex() == null
                    ? continuation.provenance().inTable(continuation.index()).atCell(cell.row(), cell.column())
                    : cell.provenance());
            cells.add(placed);
        }
        return new Table(continuation.index(), continuation.rowCount() + headerRows, continuation.columnCount(),
                headerRows, cells, continuation.provenance());
    }
}
