package dev.planetl.extract.text;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;

import java.util.ArrayList;
import java.util.List;

/** Builds the document model's {@link Table} from the rows a finder collected. */
final class TextTables {

    private TextTables() {
    }

    /**
     * Every cell is 1×1 and carries the page and line of its own row, so a table continued after a page break
     * keeps both pages.
     */
    static Table toTable(int index, TableRows rows) {
        int columns = rows.columnCount();
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.rows().size(); r++) {
            TableRows.Row row = rows.rows().get(r);
            Provenance at = Provenance.ofLine(row.line().page(), row.line().number()).inTable(index);
            for (int c = 0; c < columns; c++) {
                String text = c < row.cells().size() ? row.cells().get(c) : "";
                cells.add(new Cell(r, c, 1, 1, text, at.atCell(r, c)));
            }
        }
        SourceLine firstLine = rows.rows().get(0).line();
        Provenance start = Provenance.ofLine(firstLine.page(), firstLine.number()).inTable(index);
        return new Table(index, rows.rows().size(), columns, rows.headerRows(), cells, start);
    }
}
