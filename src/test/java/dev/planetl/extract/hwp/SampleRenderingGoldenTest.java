package dev.planetl.extract.hwp;

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
 * The committed HWP and HWPX renderings of seed 000, read by the extractors, give back the tables the seed
 * text prints, cell for cell (see {@link SeedTables} for how the expectation is read and how merged cells
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

    private static Document extract(String file, Extractor extractor) throws Exception {
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(file))) {
            return extractor.extract(in, "sample-docs/" + file);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void tablesEqualTheSeedTablesCellForCell(String file, Extractor extractor) throws Exception {
        // given
        List<List<List<String>>> expected = SeedTables.read(SAMPLES.resolve(SEED_000 + ".txt"));

        // when
        List<Table> tables = extract(file, extractor).tables().toList();

        // then
        assertThat(expected).hasSize(18);
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
}
