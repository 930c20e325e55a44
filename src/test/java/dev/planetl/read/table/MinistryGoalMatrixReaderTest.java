package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MinistryGoalMatrixReaderTest {

    private final MinistryGoalMatrixReader reader = new MinistryGoalMatrixReader(Contexts.VOCABULARIES);

    private static BigDecimal eok(String printed) {
        return new BigDecimal(printed.replace(",", "")).scaleByPowerOfTen(8);
    }

    /** 부처 and 계 span both header rows; the group header spans the goal columns. */
    private static Tables.Builder header(int rows) {
        return Tables.grid(rows, 5)
                .cell(0, 0, 2, 1, "소관부처").cell(0, 1, 1, 3, "정책목표별 투자계획").cell(0, 4, 2, 1, "계")
                .row(1, 1, "융합 신제품·서비스를 위한 新시장 구축", "산업융합의 제도적 뒷받침", "융합을 산업 쉐분야로 확산");
    }

    @Test
    void cellsRowTotalsColumnTotalsAndGrandTotal() {
        Table table = header(5)
                .row(2, 0, "산업부", "100.50", "", "20", "120.5")
                .row(3, 0, "중기부", "-", "30.25", "", "30.25")
                .row(4, 0, "합계", "100.50", "30.25", "20", "150.75")
                .build();
        assertThat(reader.recognises(table)).isTrue();
        TableReading reading = reader.read(table, Contexts.of(2021, Measure.PLAN, "억원"));
        assertThat(reading.findings()).isEmpty();
        List<ReportedTotal> cells = reading.totals().stream().filter(t -> t.kind() == TotalKind.MINISTRY_GOAL).toList();
        // empty and dash cells are nothing, not zero
        assertThat(cells).extracting(ReportedTotal::ministry, ReportedTotal::policyAreaCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("산업통상자원부", "1"), org.assertj.core.groups.Tuple.tuple("산업통상자원부", "4"),
                org.assertj.core.groups.Tuple.tuple("중소벤처기업부", "2"));
        assertThat(reading.totals().stream().filter(t -> t.kind() == TotalKind.MINISTRY)
                .map(ReportedTotal::amountKrw)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(eok("120.5"), eok("30.25"));
        assertThat(reading.totals().stream().filter(t -> t.kind() == TotalKind.GOAL).map(ReportedTotal::policyAreaCode))
                .containsExactly("1", "2", "4");
        assertThat(reading.totals().stream().filter(t -> t.kind() == TotalKind.GRAND)).singleElement()
                .extracting(ReportedTotal::amountKrw).satisfies(v -> assertThat(v).isEqualByComparingTo(eok("150.75")));
    }

    @Test
    void malformedRowTotalIsKeptWithoutAmountAndReported() {
        Table table = header(3).row(2, 0, "문체부", "812.71", "", "153.40", "966.11.00").build();
        TableReading reading = reader.read(table, Contexts.of(2019, Measure.ACTUAL, "억원"));
        ReportedTotal row = reading.totals().stream().filter(t -> t.kind() == TotalKind.MINISTRY).findFirst()
                .orElseThrow();
        assertThat(row.amountKrw()).isNull();
        assertThat(row.amountAsWritten()).isEqualTo("966.11.00");
        assertThat(row.ministry()).isEqualTo("문화체육관광부");
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("number.malformed");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.rawText()).isEqualTo("966.11.00");
            assertThat(f.source().ref()).isEqualTo("p2/t0/r2/c4");
        });
    }

    @Test
    void breakdownRowsUnderACategoryColumnAreNotMinistryTotals() {
        Table table = Tables.of(
                "부처\t구분\t4대 정책 목표별 투자실적\t\t계",
                "\t\t융합 신제품·서비스를 위한 新시장 구축\t산업융합의 제도적 뒷받침\t",
                "산업부\tR&D\t10\t5\t15",
                "\t비R&D\t1\t2\t3",
                "\t소계\t11\t7\t18");
        TableReading reading = reader.read(table, Contexts.of(2020, Measure.PLAN, "억원"));
        assertThat(reading.findings()).extracting(Finding::rule)
                .containsExactly("table.row_unrecognised", "table.row_unrecognised");
        assertThat(reading.totals()).extracting(ReportedTotal::kind).containsExactly(TotalKind.MINISTRY_GOAL,
                TotalKind.MINISTRY_GOAL, TotalKind.MINISTRY);
        assertThat(reading.totals().get(2).amountKrw()).isEqualByComparingTo(eok("18"));
        assertThat(reading.totals().get(2).ministry()).isEqualTo("산업통상자원부");
    }

    @Test
    void headerNamingAYearAndAUnitGivesThem() {
        Table table = Tables.of(
                "부처\t'21년 정책목표별 투자실적\t\t계(억원)",
                "\t융합 신제품·서비스를 위한 新시장 구축\t산업융합의 제도적 뒷받침\t",
                "환경부\t1.5\t2\t3.5");
        TableReading reading = reader.read(table, Contexts.of(2022, Measure.PLAN, null));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).hasSize(3).allSatisfy(t -> {
            assertThat(t.fiscalYear()).isEqualTo(2021);
            assertThat(t.measure()).isEqualTo(Measure.ACTUAL);
            assertThat(t.unitAsWritten()).isEqualTo("억원");
        });
        assertThat(reading.totals().get(2).amountKrw()).isEqualByComparingTo(eok("3.5"));
    }
}
