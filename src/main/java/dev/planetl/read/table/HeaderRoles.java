package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.HeaderVocabulary;

/** The column roles a table's leading rows name, as the header vocabulary reads them. */
final class HeaderRoles {

    /** Header rows are looked for among this many leading rows. */
    static final int MAX_HEADER_ROWS = 3;

    private HeaderRoles() {
    }

    /** The role the cell anchored at a position names, or null. */
    static ColumnRole role(HeaderVocabulary headers, Table table, int row, int column) {
        return headers.roleOf(Cells.text(table, row, column)).orElse(null);
    }

    /** The first column of a row naming a role, or -1. */
    static int find(HeaderVocabulary headers, Table table, int row, ColumnRole role) {
        for (int c = 0; c < table.columnCount(); c++) {
            if (role(headers, table, row, c) == role) {
                return c;
            }
        }
        return -1;
    }

    /** True when any of the leading rows names the role. */
    static boolean anyNames(HeaderVocabulary headers, Table table, ColumnRole role) {
        for (int r = 0; r < Math.min(MAX_HEADER_ROWS, table.rowCount()); r++) {
            if (find(headers, table, r, role) >= 0) {
                return true;
            }
        }
        return false;
    }
}
