package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.vocab.AreaLabel;
import dev.planetl.read.vocab.ColumnRole;

/** Where a project list without a program header names its projects. */
final class ItemColumn {

    private ItemColumn() {
    }

    /**
     * The column of a table without a program header that names its items beside their ministry ({@code 구분 | 부처 |
     * 2024년 예산 | …}, the 구분 column holding area headings and, under them, each project with its ministry): the
     * label column just left of the ministry column, when every row that prints a ministry prints its own label
     * there (a label merged down over several ministries makes the ministry the row's subject: ministry totals), and
     * the labelled rows are items, not areas each with a lead ministry: some label carries no area numbering, or
     * heading rows (a label alone) stand over them. Else -1.
     */
    static int find(Vocabularies vocabularies, Table table, TableLayout t, int firstAmount) {
        int ministry = t.first(ColumnRole.MINISTRY);
        if (ministry < 1 || ministry > firstAmount) {
            return -1;
        }
        int item = ministry - 1;
        ColumnRole role = t.role(item);
        boolean label = role == null || role == ColumnRole.LABEL
                || role == ColumnRole.STATUS && !ProjectTableReader.statusCells(table, t, item);
        if (!label) {
            return -1;
        }
        int items = 0;
        boolean headings = false;
        boolean unnumbered = false;
        for (int r = t.headerRows(); r < table.rowCount(); r++) {
            if (Cells.blankRow(table, r) || t.isHeaderRepeat(table, r)) {
                continue;
            }
            String text = Cells.text(table, r, item);
            if (RowLabels.isTotalRole(vocabularies, text)) {
                continue;
            }
            if (Cells.text(table, r, ministry).isEmpty()) {
                headings |= !text.isEmpty() && onlyCell(table, r, item);
                continue;
            }
            if (text.isEmpty()) {
                return -1;
            }
            items++;
            unnumbered |= AreaLabel.parse(text).isEmpty();
        }
        return items >= 2 && (headings || unnumbered) ? item : -1;
    }

    private static boolean onlyCell(Table table, int r, int column) {
        for (int c = 0; c < table.columnCount(); c++) {
            if (c != column && !Cells.text(table, r, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }


    /**
     * True when every body row that prints a ministry (no total, no dash) prints its own label in the column just
     * left of the ministry column, not one merged down from above, and at least two do.
     */
    static boolean ownLabelsLeftOf(Vocabularies vocabularies, Table table, int bodyStart, int ministry) {
        if (ministry < 1) {
            return false;
        }
        int named = 0;
        for (int r = bodyStart; r < table.rowCount(); r++) {
            String name = Cells.text(table, r, ministry);
            if (RowLabels.isDash(name) || RowLabels.isTotalRole(vocabularies, name)) {
                continue;
            }
            if (Cells.text(table, r, ministry - 1).isEmpty()) {
                return false;
            }
            named++;
        }
        return named >= 2;
    }
}
