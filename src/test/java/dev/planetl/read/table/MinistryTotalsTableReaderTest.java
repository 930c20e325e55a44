package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MinistryTotalsTableReaderTest {

    private final MinistryTotalsTableReader reader = new MinistryTotalsTableReader(Contexts.VOCABULARIES);

    @Test
    void onePairWithShareColumnAndTotalRow() {
        // given 소관부처 | '24년 예산 | 비중 in 백만원 with a 합계 row
        Table table = Tables.of(
                "소관부처\t'24년 예산\t비중",
                "산업부(국표원)\t300,000\t60.0",
                "과기정통부\t200,000\t40.0",
                "합계\t500,000\t100.0");
        assertThat(reader.recognises(table)).isTrue();
        TableReading reading = reader.read(table, Contexts.of(2023, Measure.ACTUAL, "백만원"));
        // then the header's year and measure, two ministries and the grand total
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).extracting(ReportedTotal::kind)
                .containsExactly(TotalKind.MINISTRY, TotalKind.MINISTRY, TotalKind.GRAND);
        ReportedTotal industry = reading.totals().get(0);
        assertThat(industry.fiscalYear()).isEqualTo(2024);
        assertThat(industry.measure()).isEqualTo(Measure.PLAN);
        assertThat(industry.ministry()).isEqualTo("산업통상자원부");
        assertThat(industry.ministryAsWritten()).isEqualTo("산업부(국표원)");
        assertThat(industry.amountKrw()).isEqualByComparingTo(new BigDecimal("300000000000"));
        assertThat(industry.sharePct()).isEqualByComparingTo("60.0");
        assertThat(reading.totals().get(2).amountKrw()).isEqualByComparingTo(new BigDecimal("500000000000"));
    }

    @Test
    void threePairsWithDashFillersAndSharesInParentheses() {
        Table table = Tables.of(
                "부처명\t투자계획\t부처명\t투자계획\t부처명\t투자계획",
                "산업통상자원부\t18,140.62 (55.51)\t해양수산부\t793.12 (2.43)\t농림축산식품부\t274.60 (0.84)",
                "중소벤처기업부\t2,535.33 (7.76)\t-\t-\t\t");
        TableReading reading = reader.read(table, Contexts.of(2023, Measure.PLAN, "억원"));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).extracting(ReportedTotal::ministry)
                .containsExactly("산업통상자원부", "해양수산부", "농림축산식품부", "중소벤처기업부");
        assertThat(reading.totals().get(2).sharePct()).isEqualByComparingTo("0.84");
        assertThat(reading.totals().get(2).amountKrw()).isEqualByComparingTo(new BigDecimal("27460000000"));
    }

    @Test
    void uncertainMinistriesAreFindings() {
        Table table = Tables.of(
                "부처\t예산",
                "산업진흥원\t100",
                "산업부과기부\t200",
                "-\t300",
                "환경부\t400");
        TableReading reading = reader.read(table, Contexts.of(2020, Measure.PLAN, "억원"));
        assertThat(reading.totals()).extracting(ReportedTotal::ministry).containsExactly("환경부");
        assertThat(reading.findings()).extracting(Finding::rule)
                .containsExactly("ministry.unresolved", "ministry.ambiguous", "ministry.missing");
    }

    @Test
    void aMinistryThatDidNotExistThatYearIsAFinding() {
        // 해양수산부 was merged into 국토해양부 from 2008 to 2013
        Table table = Tables.of("부처\t예산", "해수부\t400", "국토부\t500");
        TableReading reading = reader.read(table, Contexts.of(2010, Measure.PLAN, "억원"));
        assertThat(reading.totals()).extracting(ReportedTotal::ministry).containsExactly("국토해양부");
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ministry.unresolved");
            assertThat(f.message()).contains("2010");
        });
    }

    @Test
    void twoYearsBesideEachMinistry() {
        Table table = Tables.of(
                "부처\t'22년 실적\t비중\t'23년 계획\t비중",
                "산업부\t16,151.08\t46.73\t18,140.62\t55.51",
                "합계\t34,561.55\t100\t32,682.70\t100");
        TableReading reading = reader.read(table, Contexts.of(2023, Measure.PLAN, "억원"));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).extracting(ReportedTotal::kind, ReportedTotal::fiscalYear, ReportedTotal::measure)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TotalKind.MINISTRY, 2022, Measure.ACTUAL),
                        org.assertj.core.groups.Tuple.tuple(TotalKind.MINISTRY, 2023, Measure.PLAN),
                        org.assertj.core.groups.Tuple.tuple(TotalKind.GRAND, 2022, Measure.ACTUAL),
                        org.assertj.core.groups.Tuple.tuple(TotalKind.GRAND, 2023, Measure.PLAN));
        assertThat(reading.totals().get(1).sharePct()).isEqualByComparingTo("55.51");
        assertThat(reading.totals().get(1).amountKrw()).isEqualByComparingTo(new BigDecimal("1814062000000"));
    }
}
