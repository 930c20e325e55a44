package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTotalsTableReaderTest {

    private final TargetTotalsTableReader reader = new TargetTotalsTableReader(Contexts.VOCABULARIES);

    @Test
    void goalCellsMergedDownByRowSpansAndATotalRow() {
        // given an extractor that keeps spans: the goal cell spans its targets, the amount header spans two columns
        Table table = Tables.grid(6, 5)
                .cell(0, 0, 1, 2, "성과목표").cell(0, 2, 1, 2, "'21년 실적(억원, %)").cell(0, 4, "과제 수")
                .cell(1, 0, 2, 1, "산업융합의 제도적 뒷받침").row(1, 1, "융합 신산업 규제완화", "300.50", "60.10", "7")
                .row(2, 1, "융합 신산업을 위한 제도정비", "199.50", "39.90", "5")
                .cell(3, 0, 1, 2, "합계").row(3, 2, "500.00", "100.00", "12")
                .build();
        assertThat(reader.recognises(table)).isTrue();
        TableReading reading = reader.read(table, Contexts.of(2022, Measure.PLAN, null));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).extracting(ReportedTotal::kind)
                .containsExactly(TotalKind.TARGET, TotalKind.TARGET, TotalKind.GRAND);
        ReportedTotal second = reading.totals().get(1);
        assertThat(second.policyAreaCode()).isEqualTo("2-2");
        assertThat(second.fiscalYear()).isEqualTo(2021);
        assertThat(second.measure()).isEqualTo(Measure.ACTUAL);
        assertThat(second.amountKrw()).isEqualByComparingTo(new BigDecimal("19950000000"));
        assertThat(second.sharePct()).isEqualByComparingTo("39.90");
        assertThat(second.taskCount()).isEqualTo(5);
        assertThat(reading.totals().get(2).taskCount()).isEqualTo(12);
    }

    @Test
    void emptyGoalCellMeansTheGoalAboveAndATargetOutsideItsGoalIsAFinding() {
        Table table = Tables.of(
                "성과목표\t\t실적(억원, %)\t\t과제 개수",
                "산업의 융합경쟁력 강화\t융합형 인력 양성\t10\t50\t3",
                "\t주력 분야 선정 후 집중투자\t10\t50\t2",
                "\t융합 신산업 규제완화\t1\t1\t1",
                "\t없는 목표\t1\t1\t1");
        TableReading reading = reader.read(table, Contexts.of(2020, Measure.PLAN, null));
        assertThat(reading.totals()).extracting(ReportedTotal::policyAreaCode).containsExactly("3-3", "3-2");
        assertThat(reading.findings()).extracting(Finding::rule)
                .containsExactly("policy_area.unresolved", "policy_area.unresolved");
        assertThat(reading.findings().get(0).message()).contains("융합 신산업 규제완화", "산업의 융합경쟁력 강화");
    }

    @Test
    void aTargetsOnlyTableWithShareAndCountColumns() {
        Table table = Tables.of(
                "성과목표\t예산\t비중\t과제수",
                "1, 2차 산업의 혁신기술융합\t6,641.69\t19.91\t23");
        TableReading reading = reader.read(table, Contexts.of(2020, Measure.PLAN, "억원"));
        assertThat(reading.totals()).singleElement().satisfies(t -> {
            assertThat(t.policyAreaCode()).isEqualTo("4-1");
            assertThat(t.sharePct()).isEqualByComparingTo("19.91");
            assertThat(t.taskCount()).isEqualTo(23);
        });
    }

    @Test
    void aSecondAmountColumnIsReportedNotDropped() {
        Table table = Tables.of(
                "성과목표\t'22년 실적\t'23년 계획",
                "융합 신산업 규제완화\t10\t12");
        TableReading reading = reader.read(table, Contexts.of(2023, Measure.PLAN, "억원"));
        assertThat(reading.totals()).singleElement().extracting(ReportedTotal::fiscalYear).isEqualTo(2022);
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("table.column_unread");
            assertThat(f.rawText()).isEqualTo("'23년 계획");
        });
    }
}
