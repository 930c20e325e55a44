package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class GoalTotalsTableReaderTest {

    private final GoalTotalsTableReader reader = new GoalTotalsTableReader(Contexts.VOCABULARIES);

    @Test
    void goalHeaderWithManglingAndSharesAndAnotherTotalWord() {
        // given goals printed with broken spacing and a mangled 全, the total named 총계, values in 조원 with shares
        Table table = Tables.of(
                "융합 신제품·서 비스를 위한 新시장 구축\t산업융합의 제도적 뒷받침\t산업의 융합경쟁력 강화\t융합을 산업 췌분야로 확산\t총계",
                "1.5 (30)\t0.5 (10)\t2 (40)\t1 (20)\t5 (100)");
        assertThat(reader.recognises(table)).isTrue();
        // when read under a 2024 plan section, in 조원
        TableReading reading = reader.read(table, Contexts.of(2024, Measure.PLAN, "조원"));
        // then four goals and the grand total, in won, with shares
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).extracting(ReportedTotal::kind).containsExactly(TotalKind.GOAL, TotalKind.GOAL,
                TotalKind.GOAL, TotalKind.GOAL, TotalKind.GRAND);
        assertThat(reading.totals().get(0).amountKrw()).isEqualByComparingTo(new BigDecimal("1500000000000"));
        assertThat(reading.totals().get(3).policyArea()).isEqualTo("융합을 산업 全분야로 확산");
        assertThat(reading.totals().get(3).policyAreaAsWritten()).isEqualTo("융합을 산업 췌분야로 확산");
        assertThat(reading.totals().get(3).sharePct()).isEqualByComparingTo("20");
        assertThat(reading.totals().get(4).amountKrw()).isEqualByComparingTo(new BigDecimal("5000000000000"));
        assertThat(reading.totals()).allSatisfy(t -> {
            assertThat(t.fiscalYear()).isEqualTo(2024);
            assertThat(t.measure()).isEqualTo(Measure.PLAN);
        });
    }

    @Test
    void rowsLabelledWithTheirYearsGiveOneSetEach() {
        Table table = Tables.of(
                "구분\t융합 신제품·서비스를 위한 新시장 구축\t산업융합의 제도적 뒷받침\t합계",
                "'21년 실적\t100.5\t20\t120.5",
                "'22년 계획\t110\t25.25\t135.25");
        TableReading reading = reader.read(table, Contexts.of(2022, Measure.PLAN, "억원"));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).hasSize(6);
        assertThat(reading.totals().subList(0, 3)).allSatisfy(t -> {
            assertThat(t.fiscalYear()).isEqualTo(2021);
            assertThat(t.measure()).isEqualTo(Measure.ACTUAL);
        });
        assertThat(reading.totals().subList(3, 6)).allSatisfy(t -> {
            assertThat(t.fiscalYear()).isEqualTo(2022);
            assertThat(t.measure()).isEqualTo(Measure.PLAN);
        });
        assertThat(reading.totals().get(4).amountKrw()).isEqualByComparingTo(new BigDecimal("2525000000"));
    }

    @Test
    void unlabelledSecondRowIsNotGuessed() {
        Table table = Tables.of(
                "융합 신제품·서비스를 위한 新시장 구축\t산업융합의 제도적 뒷받침\t합계",
                "100\t20\t120",
                "110\t25\t135");
        TableReading reading = reader.read(table, Contexts.of(2022, Measure.PLAN, "억원"));
        assertThat(reading.totals()).isEmpty();
        assertThat(reading.findings()).extracting(Finding::rule).containsExactly("context.unknown", "context.unknown");
    }

    @Test
    void aGoalTheCatalogueDoesNotKnowIsAFinding() {
        Table table = Tables.of(
                "융합 신제품·서비스를 위한 新시장 구축\t산업융합의 제도적 뒷받침\t탄소중립 산업 전환\t합계",
                "100\t20\t5\t125");
        TableReading reading = reader.read(table, Contexts.of(2022, Measure.PLAN, "억원"));
        assertThat(reading.totals()).extracting(ReportedTotal::policyAreaCode).containsExactly("1", "2", null);
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("policy_area.unresolved");
            assertThat(f.rawText()).isEqualTo("탄소중립 산업 전환");
        });
    }

    @Test
    void matricesAndMinistryTablesAreNotGoalTotals() {
        assertThat(reader.recognises(Tables.of(
                "부처\t구분\t4대 정책 목표별 투자실적\t\t계",
                "\t\t융합 신제품·서비스를 위한 新시장 구축\t산업융합의 제도적 뒷받침\t",
                "환경부\t\t1\t2\t3"))).isFalse();
        assertThat(reader.recognises(Tables.of("부처명\t투자실적", "환경부\t254.60"))).isFalse();
    }
}
