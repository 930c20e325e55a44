package dev.planetl.samples;

import dev.planetl.samples.SampleDocument.Grid;
import dev.planetl.samples.SampleDocument.GridCellSpec;
import dev.planetl.samples.SampleDocument.Para;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a sample document's structured HTML (sample-docs/NNN.html, made from the seed text) into a
 * {@link SampleDocument}: each {@code p} and {@code h1..h3} a paragraph with its text as printed, each
 * {@code table} a grid whose cells keep their {@code rowspan}/{@code colspan}; {@code th} cells and cells in
 * {@code thead} are header cells. A contents line ({@code p.toc} with a {@code span.page}) becomes
 * "title TAB page", as Hangul prints a contents line with a tab leader.
 */
public final class HtmlSampleReader {

    public SampleDocument read(Path html) throws IOException {
        org.jsoup.nodes.Document doc = Jsoup.parse(html.toFile(), StandardCharsets.UTF_8.name());
        List<SampleDocument.Block> blocks = new ArrayList<>();
        for (Element e : doc.body().children()) {
            switch (e.tagName()) {
                case "p", "h1", "h2", "h3", "h4" -> blocks.add(new Para(paragraphText(e)));
                case "table" -> blocks.add(grid(e));
                default -> throw new IllegalArgumentException(html + ": unexpected element <" + e.tagName()
                        + "> at the top level of the body");
            }
        }
        return new SampleDocument(doc.title(), blocks);
    }

    private static String paragraphText(Element p) {
        Element page = p.hasClass("toc") ? p.selectFirst("span.page") : null;
        if (page == null) {
            return p.text();
        }
        Element copy = p.clone();
        copy.selectFirst("span.page").remove();
        return copy.text() + "\t" + page.text();
    }

    /** The HTML table model: each cell takes the first free position of its row, then occupies its span. */
    private static Grid grid(Element table) {
        List<GridCellSpec> cells = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        int row = 0;
        int columns = 0;
        int rows = 0;
        for (Element tr : table.select("tr")) {
            int column = 0;
            boolean inHead = tr.parent() != null && tr.parent().tagName().equals("thead");
            for (Element cell : tr.children()) {
                if (!cell.tagName().equals("td") && !cell.tagName().equals("th")) {
                    continue;
                }
                while (taken.contains(key(row, column))) {
                    column++;
                }
                int rowSpan = span(cell, "rowspan");
                int colSpan = span(cell, "colspan");
                for (int r = row; r < row + rowSpan; r++) {
                    for (int c = column; c < column + colSpan; c++) {
                        taken.add(key(r, c));
                    }
                }
                boolean header = inHead || cell.tagName().equals("th");
                cells.add(new GridCellSpec(row, column, rowSpan, colSpan, cell.text(), header));
                columns = Math.max(columns, column + colSpan);
                rows = Math.max(rows, row + rowSpan);
                column += colSpan;
            }
            row++;
            rows = Math.max(rows, row);
        }
        return new Grid(rows, columns, cells);
    }

    private static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        return value.isEmpty() ? 1 : Math.max(1, Integer.parseInt(value));
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }
}
