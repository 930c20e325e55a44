package dev.planetl.read.table;

import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.html.HtmlExtractor;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables with rowspan and colspan, through the HTML extractor: spans instead of empty cells. */
class MergedCellsHtmlTest {

    private static BigDecimal eok(String printed) {
        return new BigDecimal(printed.replace(",", "")).scaleByPowerOfTen(8);
    }

    private static Document load() throws IOException, ExtractionException {
        String name = "read/merged_cells_target_and_matrix_2021.html";
        try (InputStream in = MergedCellsHtmlTest.class.getClassLoader().getResourceAsStream(name)) {
            return new HtmlExtractor().extract(in, name);
        }
    }

    @Test
    void targetAndMatrixTablesWithSpansAddUp() throws Exception {
        // given a 2021 plan section with a target table whose goal cell spans rows and a two-row matrix header
        TableReading reading = BudgetTableReader.standard().read(load());
        // then both are read as 2021 plan, nothing left over
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).allSatisfy(t -> {
            assertThat(t.fiscalYear()).isEqualTo(2021);
            assertThat(t.measure()).isEqualTo(Measure.PLAN);
        });
        List<ReportedTotal> targets = reading.totals().stream().filter(t -> t.kind() == TotalKind.TARGET).toList();
        assertThat(targets).extracting(ReportedTotal::policyAreaCode).containsExactly("2-1", "2-2");
        assertThat(targets).extracting(ReportedTotal::taskCount).containsExactly(7, 5);
        assertThat(targets.get(1).sharePct()).isEqualByComparingTo("39.90");
        // the printed 합계 of the target table equals its rows
        List<ReportedTotal> grands = reading.totals().stream().filter(t -> t.kind() == TotalKind.GRAND).toList();
        assertThat(grands).hasSize(2);
        assertThat(grands.get(0).amountKrw()).isEqualByComparingTo(eok("500.00"));
        assertThat(grands.get(0).taskCount()).isEqualTo(12);
        // matrix: cells, ministry totals and goal totals as printed, dash is nothing
        List<ReportedTotal> cells = reading.totals().stream().filter(t -> t.kind() == TotalKind.MINISTRY_GOAL).toList();
        assertThat(cells).hasSize(3);
        assertThat(cells.get(0).ministry()).isEqualTo("산업통상자원부");
        assertThat(cells.get(0).ministryAsWritten()).isEqualTo("산업부(국표원)");
        assertThat(cells.get(2).policyAreaCode()).isEqualTo("4");
        assertThat(reading.totals().stream().filter(t -> t.kind() == TotalKind.MINISTRY).map(ReportedTotal::amountKrw))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(eok("300.50"), eok("209.50"));
        assertThat(reading.totals().stream().filter(t -> t.kind() == TotalKind.GOAL).map(ReportedTotal::amountKrw))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(eok("500.00"), eok("10.00"));
        assertThat(grands.get(1).amountKrw()).isEqualByComparingTo(eok("510.00"));
        assertThat(grands.get(1).unitAsWritten()).isEqualTo("억 원");
    }
}
