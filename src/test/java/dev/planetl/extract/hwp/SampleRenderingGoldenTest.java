package dev.planetl.extract.hwp;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.Extractor;
import dev.planetl.extract.Table;
import dev.planetl.extract.hwpx.HwpxExtractor;
import dev.planetl.samples.SeedTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed HWP and HWPX renderings of seeds 000, 001 and 003, read by the extractors, give back the
 * tables the seed text prints, cell for cell (see {@link SeedTables} for how the expectation is read and how merged cells
 * compare), and the ministry × goal matrix adds up to the totals the document prints.
 */
class SampleRenderingGoldenTest {

    private static final Path SAMPLES = Path.of("sample-docs");
    private static final String SEED_000 = "000_c6a735280eeffe22";

    static Stream<Arguments> renderings() {
        return Stream.of(
                Arguments.of(SEED_000 + ".hwp", new HwpExtractor()),
                Arguments.of(SEED_000 + ".hwpx", new HwpxExtractor()));
    }

    /** Every rendering with the number of tables its seed prints (runs of tab-separated lines, contents excluded). */
    static Stream<Arguments> allRenderings() {
        return Stream.of(
                Arguments.of("000_c6a735280eeffe22", ".hwp", new HwpExtractor(), 18),
                Arguments.of("000_c6a735280eeffe22", ".hwpx", new HwpxExtractor(), 18),
                Arguments.of("001_69b5d0863f4d8d05", ".hwp", new HwpExtractor(), 5),
                Arguments.of("001_69b5d0863f4d8d05", ".hwpx", new HwpxExtractor(), 5),
                Arguments.of("003_ec70c1f9ee5d3b28", ".hwp", new HwpExtractor(), 24),
                Arguments.of("003_ec70c1f9ee5d3b28", ".hwpx", new HwpxExtractor(), 24));
    }

    private static Document extract(String file, Extractor extractor) throws Exception {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(file))) {
            return extractor.extract(in, "sample-docs/" + file);
        }
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("allRenderings")
    void tablesEqualTheSeedTablesCellForCell(String stem, String extension, Extractor extractor, int tableCount)
            throws Exception {
        // given
        List<List<List<String>>> expected = SeedTables.read(SAMPLES.resolve(stem + ".txt"));

        // when
        List<Table> tables = extract(stem + extension, extractor).tables().toList();

        // then
        assertThat(expected).hasSize(tableCount);
        assertThat(tables).hasSize(expected.size());
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            List<List<String>> rows = expected.get(t);
            assertThat(table.rowCount()).as("rows of table %d", t).isEqualTo(rows.size());
            assertThat(table.columnCount()).as("columns of table %d", t).isEqualTo(rows.get(0).size());
            for (int r = 0; r < rows.size(); r++) {
                assertThat(table.row(r)).as("table %d row %d", t, r).isEqualTo(rows.get(r));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void mergedHeaderCellsKeepTheirSpans(String file, Extractor extractor) throws Exception {
        List<Table> tables = extract(file, extractor).tables().toList();

        Table goals = tables.get(2);
        assertThat(goals.headerRows()).isEqualTo(1);
        assertThat(goals.cellAt(0, 1).orElseThrow().text()).isEqualTo("성과목표");
        assertThat(goals.cellAt(0, 1).orElseThrow().columnSpan()).isEqualTo(2);
        assertThat(goals.cellAt(3, 0).orElseThrow().text()).isEqualTo("융합 신제품·서비스를 위한 新시장 구축");
        assertThat(goals.cellAt(3, 0).orElseThrow().rowSpan()).isEqualTo(3);

        Table matrix = tables.get(3);
        assertThat(matrix.headerRows()).isEqualTo(2);
        assertThat(matrix.cellAt(1, 0).orElseThrow().text()).isEqualTo("부처");
        assertThat(matrix.cellAt(0, 5).orElseThrow().text()).isEqualTo("4대 정책 목표별 투자실적");
        assertThat(matrix.cellAt(0, 5).orElseThrow().columnSpan()).isEqualTo(4);
        assertThat(matrix.cellAt(1, 6).orElseThrow().rowSpan()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void ministryGoalMatrixAddsUpToTheTotalsItPrints(String file, Extractor extractor) throws Exception {
        // The 2019 matrix prints 합계 under four goal columns; each column's ministries add up to it.
        Table matrix = extract(file, extractor).tables().toList().get(3);
        int totalRow = matrix.rowCount() - 1;
        assertThat(matrix.textAt(totalRow, 0)).isEqualTo("합계");
        List<String> checked = new ArrayList<>();
        for (int c = 2; c <= 5; c++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int r = matrix.headerRows(); r < totalRow; r++) {
                sum = sum.add(amount(matrix.textAt(r, c)));
            }
            assertThat(sum).as("column %d", c).isEqualByComparingTo(amount(matrix.textAt(totalRow, c)));
            checked.add(matrix.textAt(totalRow, c));
        }
        assertThat(checked).containsExactly("8,616.82", "911.28", "10,794.79", "7,879.35");
    }

    private static BigDecimal amount(String text) {
        return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text.replace(",", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stems")
    void hwpAndHwpxRenderingsReadTheSame(String stem) throws Exception {
        List<Block> fromHwp = extract(stem + ".hwp", new HwpExtractor()).blocks();
        List<Block> fromHwpx = extract(stem + ".hwpx", new HwpxExtractor()).blocks();

        assertThat(fromHwp).hasSizeGreaterThan(100);
        assertThat(fromHwpx).isEqualTo(fromHwp);
    }

    static Stream<String> stems() {
        return Stream.of("000_c6a735280eeffe22", "001_69b5d0863f4d8d05", "003_ec70c1f9ee5d3b28");
    }
}
