package dev.planetl.extract.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Document;
import dev.planetl.extract.Table;
import dev.planetl.extract.text.TextRules;

/**
 * Golden tests on the PDF renderings of seed 000 (sample-docs/README.md): the tables extracted from the ruled and
 * from the unruled PDF must equal, cell for cell, the tables the seed text prints as tab-separated lines. The
 * expectation is read from the seed here, independently of the extractor. On mismatch both sides are written
 * under target/golden/.
 */
class PdfExtractorSampleDocsTest {

    private static final Path DOCS = Path.of("sample-docs");
    private static final String STEM = "000_c6a735280eeffe22";

    private final PdfExtractor extractor = new PdfExtractor();

    @Test
    void ruledPdfOfSeed000HasEveryTableOfTheSeed() throws Exception {
        List<List<List<String>>> expected = seedTables(DOCS.resolve(STEM + ".txt"));
        Document d = extract(STEM + ".ruled.pdf");

        assertSameTables(d, expected, STEM, "ruled");

        List<Table> tables = d.tables().toList();
        Table goals = tables.get(2);
        assertThat(goals.cellAt(0, 1).orElseThrow().columnSpan()).as("성과목표 spans goal and target").isEqualTo(2);
        assertThat(goals.cellAt(2, 0).orElseThrow().rowSpan()).as("goal merged down its targets").isEqualTo(3);
        Table matrix = tables.get(3);
        assertThat(matrix.cellAt(0, 2).orElseThrow().columnSpan()).isEqualTo(4);
        assertThat(matrix.cellAt(1, 0).orElseThrow().rowSpan()).isEqualTo(2);
        assertThat(matrix.cellAt(1, 6).orElseThrow().text()).isEqualTo("계");
        assertThat(matrix.textAt(8, 6)).as("the seed's malformed number is kept").isEqualTo("966.11.00");
    }

    @Test
    void ruledPdfsOfSeeds001And003HaveEveryTableOfTheirSeeds() throws Exception {
        for (String stem : List.of("001_69b5d0863f4d8d05", "003_ec70c1f9ee5d3b28")) {
            assertSameTables(extract(stem + ".ruled.pdf"), seedTables(DOCS.resolve(stem + ".txt")), stem, "ruled");
        }
    }

    @Test
    void unruledPdfsOfSeeds001And003HaveTheirSeedsTablesOfThreeColumnsAndRowsAndTheirTwoRowNumberTables() throws Exception {
        for (String stem : List.of("001_69b5d0863f4d8d05", "003_ec70c1f9ee5d3b28")) {
            List<List<List<String>>> expected = seedTables(DOCS.resolve(stem + ".txt")).stream()
                    .filter(t -> alignedEnough(t) || twoRowsWithNumbers(t)).toList();
            assertThat(expected).as(stem).isNotEmpty();
            assertSameTables(extract(stem + ".unruled.pdf"), expected, stem, "unruled");
        }
    }

    @Test
    void unruledPdfOfSeed001KeepsBothTwoRowTablesOfFieldTotals() throws Exception {
        String stem = "001_69b5d0863f4d8d05";
        List<List<List<String>>> twoRow = seedTables(DOCS.resolve(stem + ".txt")).stream()
                .filter(PdfExtractorSampleDocsTest::twoRowsWithNumbers).toList();
        assertThat(twoRow).as("the seed prints the results and the plan by field").hasSize(2);
        List<Table> found = extract(stem + ".unruled.pdf").tables().filter(t -> t.rowCount() == 2).toList();

        assertThat(found).hasSize(2);
        for (int t = 0; t < 2; t++) {
            Table table = found.get(t);
            assertThat(table.headerRows()).isEqualTo(1);
            assertThat(table.row(0)).containsExactlyElementsOf(twoRow.get(t).get(0));
            assertThat(table.row(1)).containsExactlyElementsOf(twoRow.get(t).get(1));
        }
        assertThat(found.get(0).textAt(0, 0)).isEqualTo("융합 신제품·서비스를 위한 新시장 구축");
        assertThat(found.get(0).textAt(1, 4)).isEqualTo("34,561.55 (100.00)");
    }

    /** What a table without rules must show to be told from text: three rows with text in three columns. */
    private static boolean alignedEnough(List<List<String>> table) {
        return table.stream().filter(r -> r.stream().filter(c -> !c.isBlank()).count() >= 3).count() >= StreamTableFinder.MIN_ROWS;
    }

    /** The other tables a finder without rules must find: a header row and one row of at least three numbers. */
    private static boolean twoRowsWithNumbers(List<List<String>> table) {
        return table.size() == 2 && table.get(1).stream().filter(TextRules::isNumber).count()
                >= TwoRowTables.MIN_NUMBERS_UNDER_HEADER;
    }

    @Test
    void unruledPdfOfSeed000HasEveryTableOfTheSeedWithAtLeastThreeRowsOrANumberRow() throws Exception {
        // two-row tables without rules are told from aligned text only by a row of numbers under the header
        List<List<List<String>>> expected = seedTables(DOCS.resolve(STEM + ".txt")).stream()
                .filter(t -> t.size() >= StreamTableFinder.MIN_ROWS || twoRowsWithNumbers(t)).toList();
        assertThat(expected.stream().filter(t -> t.size() == 2)).as("two tables of field totals").hasSize(2);
        Document d = extract(STEM + ".unruled.pdf");

        assertSameTables(d, expected, STEM, "unruled");

        Table matrix = d.tables().toList().get(3);
        assertThat(matrix.textAt(0, 2)).isEqualTo("4대 정책 목표별 투자실적");
        assertThat(matrix.textAt(1, 2)).isEqualTo("융합 신제품·서비스를 위한 新시장 구축");
    }

    @Test
    void theAttachmentTableSplitAcrossPagesIsOneTableWithExactCellText() throws Exception {
        int seedRows = seedTables(DOCS.resolve(STEM + ".txt")).stream()
                .filter(t -> t.get(1).get(0).startsWith("3D프린팅 생활혁신")).findFirst().orElseThrow().size();
        assertThat(seedRows).as("header and 39 projects of target 1-2").isEqualTo(40);
        for (String variant : List.of(".ruled.pdf", ".unruled.pdf")) {
            Document d = extract(STEM + variant);
            Table target12 = d.tables().filter(t -> t.textAt(1, 0).startsWith("3D프린팅 생활혁신")).findFirst()
                    .orElseThrow(() -> new AssertionError("no table of target 1-2 in " + variant));

            assertThat(target12.row(0)).as(variant).containsExactly("추진 내용", "'20년도 예산", "신규여부", "주관부처");
            Cell last = target12.cellAt(target12.rowCount() - 1, 0).orElseThrow();
            assertThat(last.text()).as(variant).isEqualTo("초소형 전기차 산업 및 서비스 육성 실증지원 사업");
            assertThat(last.provenance().page()).as(variant).isGreaterThan(target12.provenance().page());
            assertThat(target12.rowCount()).as(variant).isEqualTo(seedRows);
        }
    }

    private Document extract(String file) throws Exception {
        try (InputStream in = Files.newInputStream(DOCS.resolve(file))) {
            return extractor.extract(in, "sample-docs/" + file);
        }
    }

    /**
     * The seed's tables: runs of tab-separated lines; a run that follows a blank line and repeats the previous
     * run's first line continues it (the seed's page break). Contents lines (title, tab, page number) are not a table.
     */
    static List<List<List<String>>> seedTables(Path seed) throws IOException {
        List<String> lines = Arrays.asList(
                Normalizer.normalize(Files.readString(seed, StandardCharsets.UTF_8), Normalizer.Form.NFC).split("\n", -1));
        List<List<List<String>>> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).contains("\t")) {
                i++;
                continue;
            }
            List<String> run = new ArrayList<>();
            while (i < lines.size() && lines.get(i).contains("\t")) {
                run.add(lines.get(i++));
            }
            int j = i;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            while (j > i && j < lines.size() && lines.get(j).equals(run.get(0))) {
                j++;
                while (j < lines.size() && lines.get(j).contains("\t")) {
                    run.add(lines.get(j++));
                }
                i = j;
                while (j < lines.size() && lines.get(j).isBlank()) {
                    j++;
                }
            }
            List<List<String>> rows = run.stream().map(l -> Arrays.asList(l.split("\t", -1))).toList();
            boolean contents = rows.stream().allMatch(r -> r.size() == 2 && r.get(1).strip().matches("\\d{1,3}"));
            if (!contents) {
                int width = rows.stream().mapToInt(List::size).max().orElse(0);
                List<List<String>> padded = new ArrayList<>();
                for (List<String> r : rows) {
                    List<String> p = new ArrayList<>(r);
                    while (p.size() < width) {
                        p.add("");
                    }
                    padded.add(p);
                }
                tables.add(padded);
            }
        }
        return tables;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static void assertSameTables(Document d, List<List<List<String>>> expected, String stem, String variant) throws IOException {
        List<Table> actual = d.tables().toList();
        List<String> problems = new ArrayList<>();
        if (actual.size() != expected.size()) {
            problems.add("expected " + expected.size() + " tables, found " + actual.size());
        }
        for (int t = 0; t < Math.min(actual.size(), expected.size()); t++) {
            Table table = actual.get(t);
            List<List<String>> rows = expected.get(t);
            if (table.rowCount() != rows.size() || table.columnCount() != rows.get(0).size()) {
                problems.add("table " + t + " (p" + table.provenance().page() + "): expected " + rows.size() + "x"
                        + rows.get(0).size() + ", found " + table.rowCount() + "x" + table.columnCount());
            }
            for (int r = 0; r < Math.min(rows.size(), table.rowCount()); r++) {
                List<String> want = rows.get(r).stream().map(PdfExtractorSampleDocsTest::squeeze).toList();
                List<String> got = table.row(r).stream().map(PdfExtractorSampleDocsTest::squeeze).toList();
                if (!want.equals(got)) {
                    problems.add("table " + t + " row " + r + ": expected " + rows.get(r) + ", found " + table.row(r));
                }
            }
        }
        if (!problems.isEmpty()) {
            Path out = Path.of("target", "golden");
            Files.createDirectories(out);
            StringBuilder actualText = new StringBuilder();
            for (Table table : actual) {
                actualText.append("## table ").append(table.index()).append(" ").append(table.provenance().ref())
                        .append(" ").append(table.rowCount()).append("x").append(table.columnCount()).append('\n')
                        .append(table.text()).append("\n\n");
            }
            StringBuilder expectedText = new StringBuilder();
            for (int t = 0; t < expected.size(); t++) {
                expectedText.append("## table ").append(t).append('\n');
                expected.get(t).forEach(r -> expectedText.append(String.join("\t", r)).append('\n'));
                expectedText.append('\n');
            }
            Files.writeString(out.resolve(stem + "." + variant + ".actual.txt"), actualText, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(stem + "." + variant + ".expected.txt"), expectedText, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(stem + "." + variant + ".problems.txt"), String.join("\n", problems),
                    StandardCharsets.UTF_8);
            fail(stem + " " + variant + " PDF differs from the seed's tables (see target/golden/): \n"
                    + String.join("\n", problems.subList(0, Math.min(15, problems.size()))));
        }
    }
}
