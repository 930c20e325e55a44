package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class GoalRowsTableReaderTest {

    private final GoalRowsTableReader reader = new GoalRowsTableReader(Contexts.VOCABULARIES);

    @Test
    void oneGoalARowWithShareCountAndTotal() {
        // given goals down the first column, as some plans print them, amounts in 억 원
        Table table = Tables.of(
                "4대 정책목표\t'23년 예산(억 원)\t비중(%)\t과제수",
                "융합 신제품·서비스를 위한 新시장 구축\t4,669.34\t14.29\t40",
                "융합을 산업 소분야로 확산\t6,218.66\t19.03\t52",
                "합계\t10,888.00\t33.32\t92");
        assertThat(reader.recognises(table)).isTrue();
        TableReading reading = reader.read(table, Contexts.of(null, null, null));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).extracting(ReportedTotal::kind)
                .containsExactly(TotalKind.GOAL, TotalKind.GOAL, TotalKind.GRAND);
        ReportedTotal four = reading.totals().get(1);
        assertThat(four.policyAreaCode()).isEqualTo("4");
        assertThat(four.fiscalYear()).isEqualTo(2023);
        assertThat(four.measure()).isEqualTo(Measure.PLAN);
        assertThat(four.amountKrw()).isEqualByComparingTo(new BigDecimal("621866000000"));
        assertThat(four.sharePct()).isEqualByComparingTo("19.03");
        assertThat(four.taskCount()).isEqualTo(52);
        assertThat(four.unitAsWritten()).isEqualTo("억 원");
    }

    @Test
    void aTableOfOtherFieldsIsNotRecognised() {
        assertThat(reader.recognises(Tables.of("분야\t예산", "반도체\t100", "바이오\t200"))).isFalse();
    }

    @Test
    void anUnknownGoalAmongKnownOnesIsAFinding() {
        Table table = Tables.of("정책목표\t예산", "산업융합의 제도적 뒷받침\t10", "탄소중립 전환\t20");
        TableReading reading = reader.read(table, Contexts.of(2023, Measure.PLAN, "억원"));
        assertThat(reading.totals()).extracting(ReportedTotal::policyAreaCode).containsExactly("2");
        assertThat(reading.findings()).extracting(Finding::rule).containsExactly("policy_area.unresolved");
    }
}
