package dev.planetl.extract.pdf;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;

import dev.planetl.extract.BoundingBox;

/**
 * A table found on one page (or joined across pages), before it gets its index among the document's tables.
 *
 * @param page one-based page where the table starts
 * @param box the table's outline on its first page
 * @param rowCount rows of the grid
 * @param columnCount columns of the grid
 * @param headerRows leading header rows (0 when unknown)
 * @param cells the cells at their anchors
 */
record DraftTable(int page, BoundingBox box, int rowCount, int columnCount, int headerRows, List<DraftCell> cells) {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[\\d,.]+(\\s*\\([\\d,.]+\\))?%?");

    DraftTable {
        cells = List.copyOf(cells);
    }

    /** The text at a grid position as the model's {@code Table.textAt} reads it: "" where a span covers it. */
    String textAt(int row, int column) {
        for (DraftCell c : cells) {
            if (c.row() == row && c.column() == column) {
                return c.text();
            }
        }
        return "";
    }

    List<String> row(int row) {
        List<String> out = new ArrayList<>(columnCount);
        for (int c = 0; c < columnCount; c++) {
            out.add(textAt(row, c));
        }
        return out;
    }

    /** The header row count the text suggests: the first row, and a second one that starts empty and holds no number. */
    static int guessHeaderRows(List<List<String>> rows, int rowSpanOfFirstRow) {
        if (rows.size() < 2) {
            return 0;
        }
        int header = Math.max(1, rowSpanOfFirstRow);
        if (header == 1 && rows.size() > 2 && rows.get(1).get(0).isBlank() && !rows.get(0).get(0).isBlank()
                && rows.get(1).stream().noneMatch(DraftTable::looksNumeric)) {
            header = 2;
        }
        return Math.min(header, rows.size() - 1);
    }

    static boolean looksNumeric(String s) {
        String t = s.strip();
        return !t.isEmpty() && NUMBER.matcher(t).matches();
    }

    /**
     * A cell of a draft table.
     *
     * @param box the cell's outline on the page (the ruled cell, or the glyphs' extent without rules)
     */
    record DraftCell(int row, int column, int rowSpan, int columnSpan, String text, int page, BoundingBox box) {
    }
}
