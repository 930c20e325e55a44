package dev.planetl.read.table;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Group headers whose span the extraction lost. A table printed without rules gives its header cells no extent: a
 * group label centred over its columns ({@code 부처별 예산(안)} over 산업부 | 과기정통부 | 국토부 | 환경부 | 중기부) comes
 * out as one cell over the middle column, empty cells beside it. Without its span the other columns lose the
 * group's words (what the figures are, their measure), and their paths are not the printed ones.
 *
 * <p>A label that stands over a label of the header row below is widened over the empty header cells beside it when
 * every one of them stands over such a label too, the run ends at the table's edge or at another label of its own row, and the label stands in
 * the run's middle (as a centred group label does). Anything else is left as extracted. Stateless.
 */
final class HeaderSpans {

    private HeaderSpans() {
    }

    /** The table with its lost group spans restored, or the table itself when there is none to restore. */
    static Table restored(Table table) {
        int header = table.headerRows();
        if (header < 2 || header > table.rowCount()) {
            return table;
        }
        List<Cell> cells = new ArrayList<>(table.cells());
        Set<Cell> absorbed = new HashSet<>();
        boolean changed = false;
        for (int r = 0; r < header - 1; r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                Cell cell = anchored(table, r, c);
                Cell below = anchored(table, r + 1, c);
                if (cell == null || cell.columnSpan() != 1 || cell.text().isBlank() || below == null
                        || below.text().isBlank()) {
                    continue; // a group label stands over labels of its own; a row label (구분) over nothing
                }
                int from = c;
                while (absorbable(table, r, from - 1)) {
                    from--;
                }
                int to = c;
                while (absorbable(table, r, to + 1)) {
                    to++;
                }
                boolean bounded = (from == 0 || labelled(table, r, from - 1))
                        && (to == table.columnCount() - 1 || labelled(table, r, to + 1));
                if (to == from || !bounded || Math.abs((c - from) - (to - c)) > 1) {
                    continue;
                }
                for (int k = from; k <= to; k++) {
                    Cell empty = k == c ? null : table.cellAt(r, k).orElse(null);
                    if (empty != null) {
                        absorbed.add(empty);
                    }
                }
                cells.set(cells.indexOf(cell), new Cell(r, from, cell.rowSpan(), to - from + 1, cell.text(),
                        cell.provenance()));
                changed = true;
                c = to;
            }
        }
        if (!changed) {
            return table;
        }
        cells.removeAll(absorbed);
        return new Table(table.index(), table.rowCount(), table.columnCount(), header, cells, table.provenance());
    }

    /** An empty one-row, one-column header position over a label of the row below. */
    private static boolean absorbable(Table table, int r, int c) {
        if (c < 0 || c >= table.columnCount()) {
            return false;
        }
        Cell cell = table.cellAt(r, c).orElse(null);
        boolean empty = cell == null || cell.row() == r && cell.column() == c && cell.rowSpan() == 1
                && cell.columnSpan() == 1 && cell.text().isBlank();
        Cell below = anchored(table, r + 1, c);
        return empty && below != null && below.columnSpan() == 1 && !below.text().isBlank();
    }

    private static boolean labelled(Table table, int r, int c) {
        return table.cellAt(r, c).map(cell -> !cell.text().isBlank()).orElse(false);
    }

    private static Cell anchored(Table table, int r, int c) {
        Cell cell = table.cellAt(r, c).orElse(null);
        return cell != null && cell.row() == r && cell.column() == c ? cell : null;
    }
}
