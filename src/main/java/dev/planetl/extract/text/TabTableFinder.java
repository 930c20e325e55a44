package dev.planetl.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds tables written as runs of consecutive tab-separated lines.
 *
 * <ul>
 *   <li>Each line of the run is a row, each tab-separated field a cell; trailing empty fields are kept and
 *       short rows are padded, so the grid is rectangular. Text tables have no spans: every cell is 1×1, and a
 *       cell a merged original left empty stays empty.</li>
 *   <li>A run needs at least two lines; a lone tab line stays a paragraph. A run that is a table of contents
 *       (every row {@link TocLines#isTocRow a title and a page}) stays paragraphs; a run of tabs and nothing
 *       else is blank.</li>
 *   <li>A table continued after a page break with its header repeated is one table: when a run follows the
 *       previous table with only blank lines or page markers between them, has the same column count and
 *       starts with the same header rows, those repeated rows are dropped and its rows appended.</li>
 * </ul>
 * A headerless run that follows a table after some headings (the later parts of a schedule split by its section
 * titles) is a table of its own: joining it would mean guessing where the headings belong.
 */
final class TabTableFinder {

    private TabTableFinder() {
    }

    static List<TableRows> find(List<SourceLine> lines) {
        List<TableRows> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).hasTab()) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1).hasTab()) {
                j++;
            }
            TableRows run = run(lines, i, j);
            if (run != null) {
                TableRows previous = tables.isEmpty() ? null : tables.get(tables.size() - 1);
                TableRows merged = previous == null ? null : continuation(lines, previous, run);
                if (merged != null) {
                    tables.set(tables.size() - 1, merged);
                } else {
                    tables.add(run);
                }
            }
            i = j + 1;
        }
        return tables;
    }

    private static TableRows run(List<SourceLine> lines, int first, int last) {
        if (last == first) {
            return null;
        }
        List<List<String>> grid = new ArrayList<>();
        int columns = 0;
        for (int k = first; k <= last; k++) {
            List<String> cells = Arrays.stream(lines.get(k).raw().split("\t", -1)).map(InlineMarkup::clean).toList();
            grid.add(cells);
            columns = Math.max(columns, cells.size());
        }
        if (grid.stream().allMatch(TocLines::isTocRow) || grid.stream().flatMap(List::stream).allMatch(String::isEmpty)) {
            return null;
        }
        List<TableRows.Row> rows = new ArrayList<>();
        List<List<String>> padded = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            List<String> cells = new ArrayList<>(grid.get(k - first));
            while (cells.size() < columns) {
                cells.add("");
            }
            padded.add(cells);
            rows.add(new TableRows.Row(lines.get(k), cells));
        }
        return new TableRows(first, last, rows, HeaderRows.count(padded));
    }

    private static TableRows continuation(List<SourceLine> lines, TableRows previous, TableRows next) {
        int header = previous.headerRows();
        if (header == 0 || next.rows().size() <= header || next.columnCount() != previous.columnCount()) {
            return null;
        }
        for (int k = previous.last() + 1; k < next.first(); k++) {
            if (!lines.get(k).blank()) {
                return null;
            }
        }
        for (int r = 0; r < header; r++) {
            if (!previous.rows().get(r).cells().equals(next.rows().get(r).cells())) {
                return null;
            }
        }
        List<TableRows.Row> rows = new ArrayList<>(previous.rows());
        rows.addAll(next.rows().subList(header, next.rows().size()));
        return new TableRows(previous.first(), next.last(), rows, header);
    }
}
