package dev.planetl.read.table;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 000 (제2차 산업융합발전 기본계획 '20년도 실행계획): every figure expected here is printed in the document, and the
 * document's own sums were checked to add up (goal, ministry and target totals to the grand total; matrix rows to
 * their 계 and columns to the 합계 row; the attachment's 171 lines to the targets' totals and task counts).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPlan2020Test {

    private TableReading reading;

    @BeforeAll
    void readSeed() {
        reading = BudgetTableReader.standard().read(SeedDocuments.load("000_c6a735280eeffe22.txt"));
    }

    /** A printed 억원 figure in won, computed without the parser. */
    private static BigDecimal eok(String printed) {
        return new BigDecimal(printed.replace(",", "")).scaleByPowerOfTen(8);
    }

    private static BigDecimal million(String printed) {
        return new BigDecimal(printed.replace(",", "")).scaleByPowerOfTen(6);
    }

    private List<ReportedTotal> totals(TotalKind kind, int year, Measure measure) {
        return reading.totals().stream()
                .filter(t -> t.kind() == kind && t.fiscalYear() == year && t.measure() == measure).toList();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void attachmentHas171PlanLinesSummingToThePrintedGrandTotal() {
        List<BudgetLine> lines = reading.lines();
        assertThat(lines).hasSize(171);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.fiscalYear()).isEqualTo(2020);
            assertThat(l.measure()).isEqualTo(Measure.PLAN);
            assertThat(l.unitAsWritten()).isEqualTo("백만원");
            assertThat(l.ministry()).isNotNull();
            assertThat(l.policyAreaCode()).matches("\\d-\\d");
        });
        BigDecimal total = sum(lines.stream().map(BudgetLine::amountKrw).toList());
        // 3조 3,365억원 in the prose, 33,365.32 in the goal table, 3,336,532 백만원 over the lines
        assertThat(total).isEqualByComparingTo(eok("33,365.32"));
        assertThat(total).isEqualByComparingTo(million("3,336,532"));
        assertThat(totals(TotalKind.GRAND, 2020, Measure.PLAN)).extracting(ReportedTotal::amountKrw)
                .allSatisfy(v -> assertThat(v).isEqualByComparingTo(total));
    }

    @Test
    void aLineKeepsWhatItsRowPrints() {
        BudgetLine line = reading.lines().stream()
                .filter(l -> l.program().equals("공간정보기반 실감형 콘텐츠 융복합 및 혼합현실 제공기술 개발")
                        && "행안부".equals(l.ministryAsWritten())).findFirst().orElseThrow();
        assertThat(line.amountKrw()).isEqualByComparingTo(million("2,474"));
        assertThat(line.amountAsWritten()).isEqualTo("2,474");
        assertThat(line.ministry()).isEqualTo("행정안전부");
        assertThat(line.isNew()).isFalse();
        assertThat(line.policyAreaCode()).isEqualTo("4-2");
        assertThat(line.policyArea()).isEqualTo("3차 산업의 융합 활성화");
        assertThat(line.source().raw()).isEqualTo("공간정보기반 실감형 콘텐츠 융복합 및 혼합현실 제공기술 개발\t2,474\t계속\t행안부");
        assertThat(reading.lines().stream().filter(l -> Boolean.TRUE.equals(l.isNew())).map(BudgetLine::program))
                .containsExactlyInAnyOrder("수열에너지 활성화 지원(클러스터 조성 및 시범사업)", "정보통신방송 혁신인재양성");
    }

    @Test
    void linesPerTargetMatchThePrintedTargetTotalsAndTaskCounts() {
        Map<String, List<BudgetLine>> byTarget = reading.lines().stream()
                .collect(Collectors.groupingBy(BudgetLine::policyAreaCode));
        List<ReportedTotal> targets = totals(TotalKind.TARGET, 2020, Measure.PLAN);
        assertThat(targets).extracting(ReportedTotal::policyAreaCode)
                .containsExactly("1-1", "1-2", "1-3", "2-1", "2-2", "3-1", "3-2", "3-3", "4-1", "4-2");
        assertThat(byTarget.keySet()).containsExactlyInAnyOrderElementsOf(
                targets.stream().map(ReportedTotal::policyAreaCode).toList());
        for (ReportedTotal target : targets) {
            List<BudgetLine> lines = byTarget.get(target.policyAreaCode());
            assertThat(sum(lines.stream().map(BudgetLine::amountKrw).toList())).as(target.policyAreaCode())
                    .isEqualByComparingTo(target.amountKrw());
            assertThat(lines).as(target.policyAreaCode()).hasSize(target.taskCount());
            assertThat(lines).allSatisfy(l -> assertThat(l.policyArea()).isEqualTo(target.policyArea()));
        }
        // as printed: 융합 신서비스 시장 창출 6,309.73 (18.91%), 39 tasks
        ReportedTotal t12 = targets.get(1);
        assertThat(t12.amountKrw()).isEqualByComparingTo(eok("6,309.73"));
        assertThat(t12.sharePct()).isEqualByComparingTo("18.91");
        assertThat(t12.taskCount()).isEqualTo(39);
        assertThat(t12.policyArea()).isEqualTo("융합 신서비스 시장 창출");
    }

    @Test
    void linesPerMinistryMatchThePrintedMinistryTotals() {
        Map<String, BigDecimal> byMinistry = reading.lines().stream().collect(Collectors.groupingBy(
                BudgetLine::ministry, Collectors.reducing(BigDecimal.ZERO, BudgetLine::amountKrw, BigDecimal::add)));
        List<ReportedTotal> ministries = totals(TotalKind.MINISTRY, 2020, Measure.PLAN);
        // the pairs table and the matrix's 계 column both print the 11 ministries
        assertThat(ministries).hasSize(22);
        for (ReportedTotal m : ministries) {
            assertThat(byMinistry.get(m.ministry())).as(m.ministry()).isEqualByComparingTo(m.amountKrw());
        }
        assertThat(byMinistry).hasSize(11);
        assertThat(byMinistry.get("산업통상자원부")).isEqualByComparingTo(eok("9,283.40"));
    }

    @Test
    void goalTotalsOfBothYearsAsPrintedAndAddingUp() {
        List<ReportedTotal> goals2019 = totals(TotalKind.GOAL, 2019, Measure.ACTUAL);
        List<ReportedTotal> goals2020 = totals(TotalKind.GOAL, 2020, Measure.PLAN);
        // goal table and matrix 합계 row, each year
        assertThat(goals2019).hasSize(8);
        assertThat(goals2020).hasSize(8);
        assertThat(goals2019.subList(0, 4)).extracting(ReportedTotal::amountKrw).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(eok("8,616.82"), eok("911.28"), eok("10,794.79"), eok("7,879.35"));
        assertThat(goals2020.subList(0, 4)).extracting(ReportedTotal::amountKrw).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(eok("11,226.44"), eok("1,032.89"), eok("11,654.01"), eok("9,451.98"));
        assertThat(goals2020.subList(0, 4)).extracting(ReportedTotal::policyAreaCode).containsExactly("1", "2", "3", "4");
        assertThat(goals2019.get(3).policyArea()).isEqualTo("융합을 산업 全분야로 확산");
        assertThat(goals2019.get(3).policyAreaAsWritten()).isEqualTo("융합을 산업 소분야로 확산");
        assertThat(goals2019.subList(4, 8)).extracting(ReportedTotal::amountKrw).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(goals2019.subList(0, 4).stream().map(ReportedTotal::amountKrw).toList());
        assertThat(sum(goals2019.subList(0, 4).stream().map(ReportedTotal::amountKrw).toList()))
                .isEqualByComparingTo(eok("28,202.24"));
        assertThat(totals(TotalKind.GRAND, 2019, Measure.ACTUAL)).hasSize(2).allSatisfy(
                g -> assertThat(g.amountKrw()).isEqualByComparingTo(eok("28,202.24")));
        assertThat(totals(TotalKind.GRAND, 2020, Measure.PLAN)).hasSize(2);
    }

    @Test
    void targetTotalsOfBothYearsAddUpToTheGrandTotal() {
        List<ReportedTotal> t2019 = totals(TotalKind.TARGET, 2019, Measure.ACTUAL);
        assertThat(t2019).hasSize(10);
        assertThat(sum(t2019.stream().map(ReportedTotal::amountKrw).toList())).isEqualByComparingTo(eok("28,202.24"));
        assertThat(t2019.stream().mapToInt(ReportedTotal::taskCount).sum()).isEqualTo(179);
        // 4-1 under the goal printed 융합을 산업 췌분야로 확산 in 2019
        assertThat(t2019.get(8).policyAreaCode()).isEqualTo("4-1");
        assertThat(t2019.get(8).amountKrw()).isEqualByComparingTo(eok("5,185.50"));
        assertThat(t2019.get(8).sharePct()).isEqualByComparingTo("18.39");
        List<ReportedTotal> t2020 = totals(TotalKind.TARGET, 2020, Measure.PLAN);
        assertThat(sum(t2020.stream().map(ReportedTotal::amountKrw).toList())).isEqualByComparingTo(eok("33,365.32"));
        assertThat(t2020.stream().mapToInt(ReportedTotal::taskCount).sum()).isEqualTo(171);
    }

    @Test
    void matrixRowsAndColumnsAddUpAndTheMalformedTotalIsAFinding() {
        for (int year : new int[] {2019, 2020}) {
            Measure measure = year == 2019 ? Measure.ACTUAL : Measure.PLAN;
            List<ReportedTotal> cells = totals(TotalKind.MINISTRY_GOAL, year, measure);
            List<ReportedTotal> rowTotals = reading.totals().stream().filter(t -> t.kind() == TotalKind.MINISTRY
                    && t.fiscalYear() == year && t.source().ref().endsWith("/c6")).toList();
            assertThat(rowTotals).as("matrix rows " + year).hasSize(11);
            for (ReportedTotal row : rowTotals) {
                BigDecimal cellsSum = sum(cells.stream().filter(c -> c.ministry().equals(row.ministry()))
                        .map(ReportedTotal::amountKrw).toList());
                if (row.amountKrw() == null) {
                    // 문화체육관광부 2019 prints 966.11.00; its cells 812.71 + 153.40 and the ministry table say 966.11
                    assertThat(year).isEqualTo(2019);
                    assertThat(row.ministry()).isEqualTo("문화체육관광부");
                    assertThat(row.amountAsWritten()).isEqualTo("966.11.00");
                    assertThat(cellsSum).isEqualByComparingTo(eok("966.11"));
                } else {
                    assertThat(cellsSum).as(year + " " + row.ministry()).isEqualByComparingTo(row.amountKrw());
                }
            }
            List<ReportedTotal> goals = totals(TotalKind.GOAL, year, measure).subList(4, 8);
            for (ReportedTotal goal : goals) {
                assertThat(sum(cells.stream().filter(c -> c.policyAreaCode().equals(goal.policyAreaCode()))
                        .map(ReportedTotal::amountKrw).toList())).as(year + " goal " + goal.policyAreaCode())
                        .isEqualByComparingTo(goal.amountKrw());
            }
        }
        List<Finding> errors = reading.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("number.malformed");
            assertThat(f.rawText()).isEqualTo("966.11.00");
            assertThat(f.source().ref()).endsWith("/r8/c6");
        });
    }

    @Test
    void ministryTotalsTablePrintsElevenMinistriesAYear() {
        List<ReportedTotal> m2019 = reading.totals().stream().filter(t -> t.kind() == TotalKind.MINISTRY
                && t.fiscalYear() == 2019 && !t.source().ref().endsWith("/c6")).toList();
        assertThat(m2019).hasSize(11);
        assertThat(sum(m2019.stream().map(ReportedTotal::amountKrw).toList())).isEqualByComparingTo(eok("28,202.24"));
        assertThat(m2019.get(0).ministry()).isEqualTo("과학기술정보통신부");
        assertThat(m2019.get(0).amountKrw()).isEqualByComparingTo(eok("8,065.62"));
        assertThat(reading.totals()).allSatisfy(t -> assertThat(
                t.fiscalYear() == 2019 && t.measure() == Measure.ACTUAL
                        || t.fiscalYear() == 2020 && t.measure() == Measure.PLAN).isTrue());
    }

    @Test
    void ministryTableAndMatrixAgreeMinistryByMinistry() {
        for (int year : new int[] {2019, 2020}) {
            List<ReportedTotal> all = reading.totals().stream()
                    .filter(t -> t.kind() == TotalKind.MINISTRY && t.fiscalYear() == year).toList();
            Map<String, List<ReportedTotal>> byMinistry = all.stream()
                    .collect(Collectors.groupingBy(ReportedTotal::ministry));
            assertThat(byMinistry).as("ministries " + year).hasSize(11);
            byMinistry.forEach((ministry, pair) -> {
                assertThat(pair).as(ministry).hasSize(2);
                ReportedTotal table = pair.get(0);
                ReportedTotal matrix = pair.get(1);
                if (matrix.amountKrw() == null) {
                    assertThat(ministry).isEqualTo("문화체육관광부");
                    assertThat(table.amountKrw()).isEqualByComparingTo(eok("966.11"));
                } else {
                    assertThat(matrix.amountKrw()).as(year + " " + ministry).isEqualByComparingTo(table.amountKrw());
                }
            });
        }
    }

    @Test
    void everyPrintedTotalIsReadOnceWithItsYearAndMeasure() {
        // counted on the printed tables: per year 4 goals + 합계 (goal table), 11 ministries (ministry table),
        // 10 targets, and in the matrix 28 non-empty cells, 11 row totals, 4 goal totals and 합계
        for (int year : new int[] {2019, 2020}) {
            Measure measure = year == 2019 ? Measure.ACTUAL : Measure.PLAN;
            assertThat(totals(TotalKind.MINISTRY_GOAL, year, measure)).as("cells " + year).hasSize(28);
            assertThat(totals(TotalKind.MINISTRY, year, measure)).as("ministries " + year).hasSize(22);
            assertThat(totals(TotalKind.TARGET, year, measure)).as("targets " + year).hasSize(10);
            assertThat(totals(TotalKind.GOAL, year, measure)).as("goals " + year).hasSize(8);
            assertThat(totals(TotalKind.GRAND, year, measure)).as("grand " + year).hasSize(2);
        }
        assertThat(reading.totals()).hasSize(140);
    }
}
