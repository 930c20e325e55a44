package dev.planetl.read.table;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.PlanDocumentReader;
import dev.planetl.read.ReadResult;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import dev.planetl.validate.CheckResult;
import dev.planetl.validate.DocumentValidator;
import dev.planetl.validate.Validation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans of other series and layouts than the seeds (src/test/resources/plans/): every expected figure is printed in
 * the plan, and the plan's own sums were checked by hand (each strategy's projects to its 소계 and to the strategy
 * table, the 소계 rows to 합계, each hierarchy level to the level above it, the matrix rows and columns to 계/합계).
 */
class OtherPlansTest {

    private static final String SCIENCE = "과학기술_시행계획_2024.txt";
    private static final String INDUSTRY = "산업기술_RnD_시행계획_2025.txt";
    private static final String BIO = "바이오헬스_시행계획_2024.txt";
    private static final String OCEAN = "해양수산_RnD_시행계획_2025.txt";

    /** A printed 억원 figure in won, computed without the parser. */
    private static BigDecimal eok(String printed) {
        return new BigDecimal(printed.replace(",", "")).scaleByPowerOfTen(8);
    }

    private static ReadResult read(String text, String name) {
        return PlanDocumentReader.standard().read(PlanFixtures.parse(text, name));
    }

    private static List<ReportedTotal> totals(ReadResult r, TotalKind kind, int year) {
        return r.totals().stream().filter(t -> t.kind() == kind && t.fiscalYear() == year).toList();
    }

    private static BigDecimal sum(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::amountKrw).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Finding> errors(ReadResult r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @Nested
    class ScienceAndTechnologyPlan2024 {

        private final ReadResult read = read(PlanFixtures.text(SCIENCE), SCIENCE);

        @Test
        void everyProjectLandsOneLinePerPrintedYearColumn() {
            // 11 projects, two year columns; 과학기술 인재 해외연수 prints '-' for 2023
            assertThat(read.lines()).hasSize(21);
            assertThat(read.lines()).allSatisfy(l -> {
                assertThat(l.measure()).isEqualTo(Measure.PLAN);
                assertThat(l.ministry()).isNotNull();
                assertThat(l.policyAreaCode()).matches("[1-5]");
            });
            assertThat(sum(read.lines().stream().filter(l -> l.fiscalYear() == 2023).toList()))
                    .isEqualByComparingTo(eok("5,500"));
            assertThat(sum(read.lines().stream().filter(l -> l.fiscalYear() == 2024).toList()))
                    .isEqualByComparingTo(eok("5,880"));
            assertThat(errors(read)).isEmpty();
            assertThat(read.findings()).noneMatch(f -> f.rule().equals("table.unrecognised"));
        }

        @Test
        void strategiesAreTheDocumentsOwnAsPrinted() {
            Map<String, String> names = read.lines().stream().collect(Collectors.toMap(BudgetLine::policyAreaCode,
                    BudgetLine::policyArea, (a, b) -> a));
            assertThat(names).containsExactlyInAnyOrderEntriesOf(Map.of("1", "과학기술 인재 양성", "2", "연구개발 혁신",
                    "3", "디지털 전환 가속", "4", "우주·해양 개척", "5", "탄소중립 기술"));
        }

        @Test
        void projectRowsKeepWhatTheyPrint() {
            List<BudgetLine> launcher = read.lines().stream().filter(l -> l.program().equals("차세대 발사체 개발"))
                    .toList();
            assertThat(launcher).extracting(BudgetLine::fiscalYear).containsExactly(2023, 2024);
            assertThat(launcher).extracting(BudgetLine::amountKrw).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(eok("400"), eok("650"));
            // the agency founded in 2024 prints the 2023 budget it took over
            assertThat(launcher).allSatisfy(l -> assertThat(l.ministry()).isEqualTo("우주항공청"));
            assertThat(read.lines()).filteredOn(l -> l.ministryAsWritten().equals("과기정통부"))
                    .allSatisfy(l -> assertThat(l.ministry()).isEqualTo("과학기술정보통신부"));
            // a name wrapped onto a second row is one name
            assertThat(read.lines()).extracting(BudgetLine::program).contains("디지털 플랫폼 정부 실증 연구")
                    .doesNotContain("실증 연구", "디지털 플랫폼 정부");
            // 구분 holds 신규/계속 here, so it is the status
            assertThat(read.lines()).filteredOn(l -> Boolean.TRUE.equals(l.isNew())).extracting(BudgetLine::program)
                    .containsOnly("과학기술 인재 해외연수", "수소 생산기술 실증");
            assertThat(read.lines()).allSatisfy(l -> assertThat(l.isNew()).isNotNull());
        }

        @Test
        void strategyTotalsFromBothTablesAsPrinted() {
            List<ReportedTotal> goals2023 = totals(read, TotalKind.GOAL, 2023);
            List<ReportedTotal> goals2024 = totals(read, TotalKind.GOAL, 2024);
            // the strategy table and the 소계 rows of the project table
            assertThat(goals2023).hasSize(10);
            assertThat(goals2024).hasSize(10);
            assertThat(goals2023.subList(0, 5)).extracting(ReportedTotal::amountKrw)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(eok("1,200"), eok("2,500"), eok("800"), eok("600"), eok("400"));
            assertThat(goals2024.subList(5, 10)).extracting(ReportedTotal::amountKrw)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(eok("1,350"), eok("2,300"), eok("950"), eok("900"), eok("380"));
            assertThat(goals2024.subList(0, 5)).extracting(ReportedTotal::policyAreaCode)
                    .containsExactly("1", "2", "3", "4", "5");
            assertThat(goals2024.get(1).policyAreaAsWritten()).isEqualTo("전략2 연구개발 혁신");
            assertThat(totals(read, TotalKind.GRAND, 2023)).extracting(ReportedTotal::amountKrw)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(eok("5,500"), eok("5,500"));
            assertThat(totals(read, TotalKind.GRAND, 2024)).extracting(ReportedTotal::amountKrw)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(eok("5,880"), eok("5,880"));
        }

        @Test
        void theChecksReconcileEachStrategysLinesWithItsSubtotal() {
            Validation v = DocumentValidator.standard().validate(read);
            assertThat(v.failedChecks()).isEmpty();
            // each strategy in each year, against the strategy table and the 소계 row
            assertThat(v.checks("reconcile.goal")).hasSize(20).allMatch(CheckResult::passed);
            assertThat(v.checks("reconcile.grand")).hasSize(4);
            assertThat(v.lines()).hasSize(21);
            assertThat(v.totals()).hasSize(24);
        }

        @Test
        void aSubtotalItsLinesDoNotAddUpToIsAFailedCheckNotADrop() {
            // 전략2's 2024 소계 printed 2,400 where its lines add up to 2,300
            String text = PlanFixtures.text(SCIENCE).replace("\t소계\t\t2,500\t2,300\t", "\t소계\t\t2,500\t2,400\t");
            Validation v = DocumentValidator.standard().validate(read(text, SCIENCE));
            assertThat(v.failedChecks()).extracting(CheckResult::rule).contains("reconcile.goal");
            CheckResult failed = v.failedChecks().stream().filter(c -> c.rule().equals("reconcile.goal"))
                    .findFirst().orElseThrow();
            assertThat(failed.expected()).isEqualByComparingTo(eok("2,400"));
            assertThat(failed.computed()).isEqualByComparingTo(eok("2,300"));
            assertThat(v.findings()).anyMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    @Nested
    class OneMinistrysProgramHierarchy2025 {

        private final ReadResult read = read(PlanFixtures.text(INDUSTRY), INDUSTRY);

        @Test
        void theInnermostRowsAreTheLinesUnderTheIssuingMinistry() {
            assertThat(read.lines()).hasSize(12);
            assertThat(read.lines()).extracting(BudgetLine::program).containsOnly("소재부품기술개발", "공정혁신기술개발",
                    "산업전문인력양성", "지역혁신인재 양성", "수소에너지기술개발", "원전해체기술개발");
            // no ministry column: the title page's single issuer, resolved to the body in force on 31 December of
            // each fiscal year (산업통상자원부 became 산업통상부 on 2025-10-01, vocab/ministries.tsv)
            assertThat(read.lines()).allSatisfy(l -> {
                assertThat(l.ministryAsWritten()).isEqualTo("산업통상자원부");
                assertThat(l.ministry()).isEqualTo(l.fiscalYear() == 2024 ? "산업통상자원부" : "산업통상부");
                assertThat(l.unitAsWritten()).isEqualTo("억원");
            });
            assertThat(sum(read.lines().stream().filter(l -> l.fiscalYear() == 2024).toList()))
                    .isEqualByComparingTo(eok("1,500"));
            assertThat(sum(read.lines().stream().filter(l -> l.fiscalYear() == 2025).toList()))
                    .isEqualByComparingTo(eok("1,550"));
            assertThat(read.lines()).filteredOn(l -> l.program().equals("원전해체기술개발") && l.fiscalYear() == 2025)
                    .extracting(BudgetLine::amountKrw).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(eok("130"));
        }

        @Test
        void enclosingRowsAreCheckedTotalsNotLines() {
            assertThat(read.lines()).extracting(BudgetLine::program).doesNotContain("R&D지원", "기술개발", "인력양성");
            assertThat(read.findings()).noneMatch(f -> f.rule().equals("reconcile.hierarchy"));
            assertThat(errors(read)).isEmpty();
            // the caption line carries the unit: (단위 : 억원) on the same line
            assertThat(read.findings()).noneMatch(f -> f.rule().startsWith("unit"));
            assertThat(totals(read, TotalKind.GRAND, 2025)).extracting(ReportedTotal::amountKrw)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(eok("1,550"));
        }

        @Test
        void anEnclosingRowItsLinesDoNotAddUpToIsAFinding() {
            String text = PlanFixtures.text(INDUSTRY).replace("\t기술개발\t\t600\t650\t", "\t기술개발\t\t600\t660\t");
            ReadResult broken = read(text, INDUSTRY);
            assertThat(broken.findings()).filteredOn(f -> f.rule().equals("reconcile.hierarchy")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.ERROR);
                        assertThat(f.source().raw()).isEqualTo("660");
                    });
            assertThat(broken.lines()).hasSize(12);
        }

        @Test
        void withoutASingleIssuerTheLinesHaveNoMinistryAndSaySo() {
            String text = PlanFixtures.text(INDUSTRY).replace("\n산업통상자원부\n", "\n관계부처 합동\n");
            ReadResult joint = read(text, INDUSTRY);
            assertThat(joint.lines()).hasSize(12).allSatisfy(l -> assertThat(l.ministry()).isNull());
            assertThat(joint.findings()).filteredOn(f -> f.rule().equals("line.ministry_missing")).hasSize(1);
        }
    }

    @Nested
    class MatrixWithMinistriesAcross2024 {

        private final ReadResult read = read(PlanFixtures.text(BIO), BIO);

        @Test
        void cellsAreMinistryTotalsWithinEachArea() {
            List<ReportedTotal> cells = totals(read, TotalKind.MINISTRY_GOAL, 2024);
            // 3 areas × 3 ministries, less the '-' cell
            assertThat(cells).hasSize(8);
            assertThat(cells).filteredOn(t -> t.ministry().equals("보건복지부")).extracting(ReportedTotal::amountKrw)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(eok("200"), eok("400"), eok("100"));
            assertThat(cells).filteredOn(t -> t.policyAreaCode().equals("2")).extracting(ReportedTotal::policyArea)
                    .containsOnly("임상·실증 인프라");
            assertThat(totals(read, TotalKind.MINISTRY, 2024)).extracting(ReportedTotal::amountKrw)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(eok("350"), eok("700"), eok("550"));
            assertThat(totals(read, TotalKind.GRAND, 2024)).extracting(ReportedTotal::amountKrw)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(eok("1,600"), eok("1,600"));
        }

        @Test
        void bothNumberingsGiveTheSameAreaCodes() {
            // 1. … in the matrix, ① … in the table of 중점과제
            List<ReportedTotal> goals = totals(read, TotalKind.GOAL, 2024);
            assertThat(goals).extracting(ReportedTotal::policyAreaCode).containsExactly("1", "2", "3", "1", "2", "3");
            assertThat(goals).extracting(ReportedTotal::amountKrw).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(eok("600"), eok("600"), eok("400"), eok("600"), eok("600"), eok("400"));
            Validation v = DocumentValidator.standard().validate(read);
            assertThat(v.failedChecks()).isEmpty();
            assertThat(v.checks("figure.consistent")).hasSize(4);
            assertThat(errors(read)).isEmpty();
        }
    }

    @Nested
    class TasksOverProjectsInThousandWon2025 {

        private final ReadResult read = read(PlanFixtures.text(OCEAN), OCEAN);

        /** A printed 천원 figure in won. */
        private BigDecimal thousand(String printed) {
            return new BigDecimal(printed.replace(",", "")).scaleByPowerOfTen(3);
        }

        @Test
        void actualAndPlanColumnsGiveALineEach() {
            assertThat(read.lines()).hasSize(8);
            assertThat(read.lines()).filteredOn(l -> l.fiscalYear() == 2024)
                    .allSatisfy(l -> assertThat(l.measure()).isEqualTo(Measure.ACTUAL));
            assertThat(read.lines()).filteredOn(l -> l.fiscalYear() == 2025)
                    .allSatisfy(l -> assertThat(l.measure()).isEqualTo(Measure.PLAN));
            assertThat(sum(read.lines().stream().filter(l -> l.fiscalYear() == 2025).toList()))
                    .isEqualByComparingTo(thousand("5,000,000"));
            // 연번 and 비중 are no amounts; the long name stays whole
            assertThat(read.lines()).extracting(BudgetLine::program)
                    .contains("해양 관측 위성 자료의 실시간 활용을 위한 통합 플랫폼 구축 및 운영");
            assertThat(read.lines()).allSatisfy(l -> assertThat(l.ministry()).isEqualTo("해양수산부"));
        }

        @Test
        void numberedTasksAreSecondLevelAreasClosedByTheirSubtotals() {
            assertThat(read.lines()).extracting(BudgetLine::policyAreaCode).containsOnly("1-1", "1-2", "2-1");
            List<ReportedTotal> targets = totals(read, TotalKind.TARGET, 2024);
            assertThat(targets).extracting(ReportedTotal::policyAreaCode).containsExactly("1-1", "1-2", "2-1");
            assertThat(targets).extracting(ReportedTotal::amountKrw).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(thousand("2,000,000"), thousand("1,000,000"), thousand("1,400,000"));
            assertThat(targets).allSatisfy(t -> assertThat(t.measure()).isEqualTo(Measure.ACTUAL));
            Validation v = DocumentValidator.standard().validate(read);
            assertThat(v.failedChecks()).isEmpty();
            assertThat(v.checks("reconcile.target")).hasSize(6);
        }
    }
}
