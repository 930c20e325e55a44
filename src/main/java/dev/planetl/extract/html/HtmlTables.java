package dev.planetl.extract.html;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import dev.planetl.extract.text.TextRules;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Places an HTML table's cells on a grid, honouring {@code rowspan} and {@code colspan}.
 *
 * <p>Cells are placed row by row, each in the first free column of its row, after the positions that spans
 * from rows above already cover, as a browser does. {@code rowspan="0"} and spans reaching past the last row
 * stop at the last row; spans are capped at {@value #MAX_SPAN}. Header rows are the leading rows inside
 * {@code <thead>} or made only of {@code <th>} cells; a table with neither gets the text rule
 * ({@link TextRules#headerRows}).
 */
final class HtmlTables {

    static final int MAX_SPAN = 1000;

    private HtmlTables() {
    }

    /** The table's own rows, in source order, without the rows of tables nested in its cells. */
    static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> rows.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream()
                        .filter(e -> e.normalName().equals("tr")).forEach(rows::add);
                default -> {
                    // caption and colgroup carry no cells
                }
            }
        }
        return rows;
    }

    static List<Element> cells(Element row) {
        return row.children().stream().filter(e -> e.normalName().equals("td") || e.normalName().equals("th")).toList();
    }

    /** @param sourceLines whether cells carry their own source line, else the table's */
    static Table toTable(int index, Element table, List<Element> rows, Provenance start, boolean sourceLines) {
        List<BitSet> occupied = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        int columns = 0;
        int rowCount = rows.size();
        for (int r = 0; r < rowCount; r++) {
            int c = 0;
            for (Element td : cells(rows.get(r))) {
                while (taken(occupied, r, c)) {
                    c++;
                }
                int rowSpan = span(td.attr("rowspan"));
                rowSpan = rowSpan == 0 ? rowCount - r : Math.min(rowSpan, rowCount - r);
                int colSpan = Math.max(1, span(td.attr("colspan")));
                for (int rr = r; rr < r + rowSpan; rr++) {
                    while (occupied.size() <= rr) {
                        occupied.add(new BitSet());
                    }
                    occupied.get(rr).set(c, c + colSpan);
                }
                Provenance at = (sourceLines ? HtmlBlocks.at(td, start.page()) : start).inTable(index).atCell(r, c);
                cells.add(new Cell(r, c, rowSpan, colSpan, HtmlBlocks.text(td), at));
                c += colSpan;
                columns = Math.max(columns, c);
            }
        }
        return new Table(index, rowCount, columns, headerRows(rows, cells, columns), cells, start);
    }

    private static int headerRows(List<Element> rows, List<Cell> cells, int columns) {
        int marked = 0;
        for (Element row : rows) {
            boolean inHead = row.parent() != null && row.parent().normalName().equals("thead");
            List<Element> tds = cells(row);
            boolean allTh = !tds.isEmpty() && tds.stream().allMatch(e -> e.normalName().equals("th"));
            if (!inHead && !allTh) {
                break;
            }
            marked++;
        }
        if (marked > 0) {
            return marked;
        }
        return TextRules.headerRows(cells, rows.size(), columns);
    }

    private static boolean taken(List<BitSet> occupied, int r, int c) {
        return r < occupied.size() && occupied.get(r).get(c);
    }

    private static int span(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n < 0 ? 1 : Math.min(n, MAX_SPAN);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
