package dev.planetl.read.grid;

import dev.planetl.extract.Document;
import dev.planetl.extract.hwp.HwpExtractor;
import dev.planetl.read.Measure;
import dev.planetl.read.PlanDocumentReader;
import dev.planetl.read.ReadResult;
import dev.planetl.read.TableFact;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 통합재정통계 sheets (src/test/resources/real/SOURCES) read through the general table model. Expected figures
 * were read by a person from an independent dump of each file (단위 십억원, △ negative).
 */
class RealSheetsFactsTest {

    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    static ReadResult read(String file) throws Exception {
        Path path = Path.of("src/test/resources/real", file);
        try (InputStream in = Files.newInputStream(path)) {
            Document document = new HwpExtractor().extract(in, path.toString());
            return PlanDocumentReader.standard().read(document);
        }
    }

    private static BigDecimal amount(ReadResult read, String tableRef, String row, String column) {
        List<TableFact> found = read.facts().stream().filter(f -> f.tableRef().equals(tableRef)
                && f.rowPathText().equals(row) && f.columnPathText().equals(column)).toList();
        assertThat(found).as("%s %s × %s", tableRef, row, column).hasSize(1);
        assertThat(found.get(0).fiscalYear()).isEqualTo(2010);
        assertThat(found.get(0).measure()).isEqualTo(Measure.ACTUAL);
        return found.get(0).amount();
    }

    @Test
    void theNovemberSheetLandsItsPrintedFigures() throws Exception {
        ReadResult read = read("rhwp__통합재정통계(2010.11월).hwp");



        assertThat(amount(read, "t1", "수 입 (A)", "합 계")).isEqualByComparingTo(new BigDecimal("252599").multiply(BILLION));
        assertThat(amount(read, "t1", "지출 및 순융자 (B)", "일반 회계"))
                .isEqualByComparingTo(new BigDecimal("143483").multiply(BILLION));
        assertThat(amount(read, "t1", "통합재정수지 (A-B)", "합 계"))
                .isEqualByComparingTo(new BigDecimal("21802").multiply(BILLION));
        assertThat(amount(read, "t1", "통합재정수지 (A-B)", "특별 회계"))
                .isEqualByComparingTo(new BigDecimal("-18308").multiply(BILLION));
        assertThat(amount(read, "t1", "수 입 (A) › 경상수입", "일반 회계"))
                .isEqualByComparingTo(new BigDecimal("167642").multiply(BILLION));
        // 8 body rows × 6 amount columns
        assertThat(read.facts()).hasSize(48);
        // a statistics sheet has no program header: the general projection makes no budget line or total of it
        assertThat(read.lines()).isEmpty();
        assertThat(read.totals()).isEmpty();
    }
}
