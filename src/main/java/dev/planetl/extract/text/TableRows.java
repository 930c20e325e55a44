package dev.planetl.extract.text;

import java.util.List;

/**
 * Lines of a text file that together make one table, before they become a {@link dev.planetl.extract.Table}.
 *
 * @param first index (zero-based, into the file's lines) of the first line the table takes
 * @param last index of the last line the table takes; lines in between that are no row (blank lines, a
 *     repeated header) belong to the table too
 * @param rows the rows in order, each with the line it came from
 * @param headerRows how many leading rows are header rows
 */
record TableRows(int first, int last, List<Row> rows, int headerRows) {

    TableRows {
        rows = List.copyOf(rows);
    }

    /** One row: its cells' texts (cleaned) and the line it came from. */
    record Row(SourceLine line, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    int columnCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}
