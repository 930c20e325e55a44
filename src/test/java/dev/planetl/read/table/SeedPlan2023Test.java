package dev.planetl.read.table;

import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Seed 001 (2023년 산업융합발전 실행계획): goal and ministry totals for 2022 actual and 2023 plan, each value
 * printed with its share. Expected figures as printed; goals and ministries each add up to the printed 합계.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPlan2023Test {

    private TableReading reading;

    @BeforeAll
    void readSeed() {
        reading = BudgetTableReader.standard().read(SeedDocuments.load("001_69b5d0863f4d8d05.txt"));
    }

    private static BigDecimal eok(String printed) {
        return new BigDecimal(printed.replace(",", "")).scaleByPowerOfTen(8);
    }

    private List<ReportedTotal> totals(TotalKind kind, int year, Measure measure) {
        return reading.totals().stream()
                .filter(t -> t.kind() == kind && t.fiscalYear() == year && t.measure() == measure).toList();
    }

    private static BigDecimal sum(List<ReportedTotal> totals) {
        return totals.stream().map(ReportedTotal::amountKrw).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void goalsOf2022ActualWithShares() {
        List<ReportedTotal> goals = totals(TotalKind.GOAL, 2022, Measure.ACTUAL);
        assertThat(goals).extracting(ReportedTotal::policyAreaCode).containsExactly("1", "2", "3", "4");
        assertThat(goals).extracting(ReportedTotal::amountKrw).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(eok("5,521.27"), eok("1,161.66"), eok("20,769.39"), eok("7,109.23"));
        assertThat(goals).extracting(ReportedTotal::sharePct).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("15.98"), new BigDecimal("3.36"), new BigDecimal("60.09"),
                        new BigDecimal("20.57"));
        assertThat(goals.get(3).policyAreaAsWritten()).isEqualTo("융합을 산업 쉐분야로 확산");
        assertThat(goals.get(0).amountAsWritten()).isEqualTo("5,521.27 (15.98)");
        ReportedTotal grand = totals(TotalKind.GRAND, 2022, Measure.ACTUAL).get(0);
        assertThat(grand.amountKrw()).isEqualByComparingTo(eok("34,561.55"));
        assertThat(sum(goals)).isEqualByComparingTo(grand.amountKrw());
    }

    @Test
    void ministriesOf2022ActualAddUpAndDashFillersAreNothing() {
        List<ReportedTotal> ministries = totals(TotalKind.MINISTRY, 2022, Measure.ACTUAL);
        assertThat(ministries).hasSize(11);
        assertThat(sum(ministries)).isEqualByComparingTo(eok("34,561.55"));
        assertThat(ministries.stream().map(ReportedTotal::sharePct).reduce(BigDecimal.ZERO, BigDecimal::add)
                .doubleValue()).isCloseTo(100.0, within(0.05));
        ReportedTotal first = ministries.get(0);
        assertThat(first.ministry()).isEqualTo("산업통상자원부");
        assertThat(first.amountKrw()).isEqualByComparingTo(eok("16,151.08"));
        assertThat(first.sharePct()).isEqualByComparingTo("46.73");
        assertThat(ministries).extracting(ReportedTotal::ministry).contains("농림축산식품부", "환경부", "고용노동부");
    }

    @Test
    void plan2023GoalsAndMinistries() {
        List<ReportedTotal> goals = totals(TotalKind.GOAL, 2023, Measure.PLAN);
        assertThat(goals).extracting(ReportedTotal::amountKrw).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(eok("4,669.34"), eok("1,202.24"), eok("20,592.46"), eok("6,218.66"));
        ReportedTotal grand = totals(TotalKind.GRAND, 2023, Measure.PLAN).get(0);
        assertThat(grand.amountKrw()).isEqualByComparingTo(eok("32,682.70"));
        assertThat(grand.sharePct()).isEqualByComparingTo("100");
        assertThat(sum(goals)).isEqualByComparingTo(grand.amountKrw());
        List<ReportedTotal> ministries = totals(TotalKind.MINISTRY, 2023, Measure.PLAN);
        assertThat(ministries).hasSize(11);
        assertThat(sum(ministries)).isEqualByComparingTo(grand.amountKrw());
        assertThat(ministries.get(0).amountKrw()).isEqualByComparingTo(eok("18,140.62"));
    }

    @Test
    void nothingElseIsReadAndTheSummaryTableIsReported() {
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.totals()).hasSize(5 + 11 + 5 + 11);
        assertThat(reading.findings()).singleElement().satisfies((Finding f) -> {
            assertThat(f.rule()).isEqualTo("table.unrecognised");
            assertThat(f.rawText()).isEqualTo("방향\t세부과제");
        });
    }
}
