package dev.planetl.extract.docx;

import dev.planetl.extract.Document;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Table;
import dev.planetl.truth.OtherPlans;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DOCX renderings of the test plans (src/test/resources/plans, made by LibreOffice from each plan's ruled HTML)
 * hold the HTML's tables, cell for cell on the same grid, and its numbered {@code h1}/{@code h2} headings at levels 1 and 2. The
 * expectation is read from the HTML here, with jsoup and the HTML table model (a cell at its anchor, the positions
 * its {@code rowspan}/{@code colspan} covers empty), not by any planetl extractor. Whitespace is left out of the
 * comparison: LibreOffice keeps the HTML's line wrapping inside cells as spaces.
 */
class DocxPlanRenderingsTest {

    @ParameterizedTest
    @ValueSource(strings = {"101_sti_implementation_2024", "102_mss_work_plan_2025", "103_smart_city_2025_2029",
            "104_veterans_culture_2025", "105_climate_adaptation_2025", "106_standards_2025"})
    void tablesAndHeadingsAreTheHtmlSources(String stem) throws Exception {
        org.jsoup.nodes.Document html = Jsoup.parse(Files.readString(OtherPlans.DIR.resolve(stem + ".html"),
                StandardCharsets.UTF_8));
        Document docx;
        Path file = OtherPlans.DIR.resolve(stem + ".docx");
        try (InputStream in = Files.newInputStream(file)) {
            docx = new DocxExtractor().extract(in, file.toString());
        }

        List<List<List<String>>> expected = new ArrayList<>();
        for (Element table : html.select("table")) {
            expected.add(grid(table));
        }
        List<List<List<String>>> actual = new ArrayList<>();
        for (Table t : docx.tables().toList()) {
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < t.rowCount(); r++) {
                rows.add(t.row(r).stream().map(DocxPlanRenderingsTest::squeeze).toList());
            }
            actual.add(rows);
        }
        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);

        List<String> headings = html.select("h1, h2").stream()
                .map(h -> h.tagName().substring(1) + " " + squeeze(h.select("span.num").text()) + " " + squeeze(h.ownText()))
                .toList();
        assertThat(docx.blocks()).filteredOn(Heading.class::isInstance).map(Heading.class::cast)
                .extracting(h -> h.level() + " " + squeeze(h.numbering()) + " " + squeeze(h.text()))
                .containsSubsequence(headings);
    }

    /** The HTML table model: each cell's text at its anchor, the positions its spans cover empty. */
    private static List<List<String>> grid(Element table) {
        List<Element> trs = table.select("tr");
        List<String[]> rows = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        int columns = 0;
        for (int r = 0; r < trs.size(); r++) {
            int c = 0;
            for (Element td : trs.get(r).select("> td, > th")) {
                while (isTaken(taken, r, c)) {
                    c++;
                }
                int rowSpan = span(td, "rowspan");
                int colSpan = span(td, "colspan");
                for (int dr = 0; dr < rowSpan; dr++) {
                    for (int dc = 0; dc < colSpan; dc++) {
                        take(taken, rows, r + dr, c + dc, dr == 0 && dc == 0 ? squeeze(td.text()) : "");
                    }
                }
                c += colSpan;
                columns = Math.max(columns, c);
            }
        }
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < trs.size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String[] cells = r < rows.size() ? rows.get(r) : null;
                row.add(cells == null || c >= cells.length || cells[c] == null ? "" : cells[c]);
            }
            grid.add(row);
        }
        return grid;
    }

    private static boolean isTaken(List<boolean[]> taken, int r, int c) {
        return r < taken.size() && c < taken.get(r).length && taken.get(r)[c];
    }

    private static void take(List<boolean[]> taken, List<String[]> rows, int r, int c, String text) {
        while (taken.size() <= r) {
            taken.add(new boolean[0]);
            rows.add(new String[0]);
        }
        if (taken.get(r).length <= c) {
            taken.set(r, java.util.Arrays.copyOf(taken.get(r), c + 1));
            rows.set(r, java.util.Arrays.copyOf(rows.get(r), c + 1));
        }
        taken.get(r)[c] = true;
        rows.get(r)[c] = text;
    }

    private static int span(Element td, String attribute) {
        String v = td.attr(attribute);
        return v.isBlank() ? 1 : Math.max(1, Integer.parseInt(v.strip()));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
