package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A strategy × ministry matrix whose ministries stand under a group header ({@code 부처별 예산(안)} over 산업부 |
 * 과기정통부 | 환경부): the innermost labels are ministries. Figures are the table's own: each row's 합계 is the sum of
 * its ministries, the 합 계 row each ministry's sum (100 + 20 = 120; 150 + 50 = 200).
 */
class MinistryColumnsMatrixReaderTest {

    private static final BigDecimal EOK = new BigDecimal("100000000");

    private final MinistryColumnsMatrixReader reader = new MinistryColumnsMatrixReader(Contexts.VOCABULARIES);

    private static Table matrix(String group) {
        return Tables.grid(5, 5)
                .cell(0, 0, 2, 1, "구분").cell(0, 1, 1, 3, group).cell(0, 4, 2, 1, "합계")
                .row(1, 1, "산업부", "과기정통부", "환경부")
                .row(2, 0, "Ⅰ. 첨단산업 표준 선점", "100", "50", "-", "150")
                .row(3, 0, "Ⅱ. 탄소중립 표준 기반", "20", "-", "30", "50")
                .row(4, 0, "합 계", "120", "50", "30", "200")
                .build();
    }

    @Test
    void ministriesUnderAGroupHeaderAreTheMatrixColumns() {
        Table table = matrix("부처별 예산(안)");
        assertThat(reader.recognises(table)).isTrue();

        TableReading reading = reader.read(table, Contexts.of(2025, Measure.PLAN, "억원"));

        assertThat(reading.findings()).isEmpty();
        // FY2025: 산업부 and 환경부 are the bodies in force on 31 December 2025 (renamed 2025-10-01)
        assertThat(reading.totals()).extracting(ReportedTotal::kind, ReportedTotal::policyAreaCode,
                        ReportedTotal::ministry, t -> t.amountKrw().divide(EOK))
                .containsExactlyInAnyOrder(
                        tuple(TotalKind.MINISTRY_GOAL, "1", "산업통상부", new BigDecimal(100)),
                        tuple(TotalKind.MINISTRY_GOAL, "1", "과학기술정보통신부", new BigDecimal(50)),
                        tuple(TotalKind.GOAL, "1", null, new BigDecimal(150)),
                        tuple(TotalKind.MINISTRY_GOAL, "2", "산업통상부", new BigDecimal(20)),
                        tuple(TotalKind.MINISTRY_GOAL, "2", "기후에너지환경부", new BigDecimal(30)),
                        tuple(TotalKind.GOAL, "2", null, new BigDecimal(50)),
                        tuple(TotalKind.MINISTRY, null, "산업통상부", new BigDecimal(120)),
                        tuple(TotalKind.MINISTRY, null, "과학기술정보통신부", new BigDecimal(50)),
                        tuple(TotalKind.MINISTRY, null, "기후에너지환경부", new BigDecimal(30)),
                        tuple(TotalKind.GRAND, null, null, new BigDecimal(200)));
        assertThat(reading.totals()).allMatch(t -> t.fiscalYear() == 2025 && t.measure() == Measure.PLAN);
    }

    @Test
    void ministriesUnderAYearGroupAreNotReadAsOnePeriod() {
        // a year over the ministries: the figures are that year's, which this reader (the table's one period) would
        // not tell from the context's
        assertThat(reader.recognises(matrix("2024년 예산"))).isFalse();
    }

    /** The same matrix as a page without rules gives it: the group label one cell over the middle column. */
    private static Table unruled() {
        return Tables.grid(5, 5)
                .row(0, 0, "구분", "", "부처별 예산(안)", "", "합계")
                .row(1, 0, "", "산업부", "과기정통부", "환경부", "")
                .row(2, 0, "Ⅰ. 첨단산업 표준 선점", "100", "50", "-", "150")
                .row(3, 0, "Ⅱ. 탄소중립 표준 기반", "20", "-", "30", "50")
                .row(4, 0, "합 계", "120", "50", "30", "200")
                .build();
    }

    @Test
    void aCentredGroupLabelWithoutItsSpanIsWidenedOverTheLabelsBelowIt() {
        Table restored = HeaderSpans.restored(unruled());

        assertThat(restored.cellAt(0, 1)).hasValueSatisfying(c -> {
            assertThat(c.text()).isEqualTo("부처별 예산(안)");
            assertThat(c.column()).isEqualTo(1);
            assertThat(c.columnSpan()).isEqualTo(3);
        });
        // 구분 and 합계 stand over nothing: row labels and a total column, not groups
        assertThat(restored.cellAt(0, 0).orElseThrow().columnSpan()).isEqualTo(1);
        assertThat(restored.cellAt(0, 4).orElseThrow().columnSpan()).isEqualTo(1);
        TableReading ruled = reader.read(matrix("부처별 예산(안)"), Contexts.of(2025, Measure.PLAN, "억원"));
        TableReading read = reader.read(restored, Contexts.of(2025, Measure.PLAN, "억원"));
        assertThat(read.totals()).extracting(ReportedTotal::kind, ReportedTotal::ministry, ReportedTotal::amountKrw)
                .containsExactlyElementsOf(ruled.totals().stream().map(t -> tuple(t.kind(), t.ministry(),
                        t.amountKrw())).toList());
    }

    @Test
    void aLabelOffTheMiddleOfTheEmptyCellsBesideItKeepsItsExtent() {
        // the label over the first of three sub-columns: which of them it heads is not printed, so nothing is widened
        Table table = Tables.grid(3, 5)
                .row(0, 0, "구분", "부처별 예산(안)", "", "", "합계")
                .row(1, 0, "", "산업부", "과기정통부", "환경부", "")
                .row(2, 0, "Ⅰ. 첨단산업", "100", "50", "30", "180")
                .build();
        assertThat(HeaderSpans.restored(table)).isSameAs(table);
    }
}
