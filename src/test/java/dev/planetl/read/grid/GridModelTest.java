package dev.planetl.read.grid;

import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import dev.planetl.read.Measure;
import dev.planetl.read.PrintedSum;
import dev.planetl.read.TableFact;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.ContextTracker;
import dev.planetl.read.context.TableContext;
import dev.planetl.validate.check.TableSums;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The general table model over layouts the kind readers do not know. Figures are the tables' own. */
class GridModelTest {

    private static final Vocabularies VOCABULARIES = Vocabularies.standard();
    private static final BigDecimal EOK = new BigDecimal("100000000");

    private static TableFactCollector read(Table table, TableContext context) {
        TableFactCollector collector = new TableFactCollector(VOCABULARIES);
        collector.read(table, context, false);
        return collector;
    }

    private static TableContext plan2024InEok() {
        return TableContext.empty().withUnit(VOCABULARIES.amounts().units().parseUnit("억원").orElseThrow())
                .with(VOCABULARIES.statements().read("2024년 시행계획"));
    }

    private static Map<String, BigDecimal> byPaths(List<TableFact> facts) {
        return facts.stream().collect(Collectors.toMap(f -> f.rowPathText() + " | " + f.columnPathText(),
                TableFact::amount));
    }

    /**
     * 전략 | 사업명 | 예산(억원): '23, '24 | 증감 — the strategy cell merged down over its projects and its 소계,
     * a 합계 row closing the table. 120 + 80 = 200, 130 + 90 = 220; 50 + 30 = 80, 40 + 45 = 85; 280 and 305.
     */
    private static Table strategyTable() {
        return GridTables.of(10, 5, 2)
                .cell(0, 0, 2, 1, "전략").cell(0, 1, 2, 1, "사업명").cell(0, 2, 1, 2, "예산(억원)").cell(0, 4, 2, 1, "증감")
                .row(1, 2, "'23", "'24")
                .cell(2, 0, 3, 1, "전략1 소재 자립").row(2, 1, "소재기술개발", "120", "130", "10")
                .row(3, 1, "부품 실증", "80", "90", "10")
                .row(4, 1, "소계", "200", "220", "20")
                .cell(5, 0, 3, 1, "전략2 인력 양성").row(5, 1, "전문인력", "50", "40", "△10")
                .row(6, 1, "교육 지원", "30", "45", "15")
                .row(7, 1, "소계", "80", "85", "5")
                .cell(8, 0, 1, 2, "합계").row(8, 2, "280", "305", "25")
                .table();
    }

    @Test
    void mergedHeadersAndStrategyCellsGiveThePathsOfTheContract() {
        TableFactCollector read = read(strategyTable(), plan2024InEok());
        Map<String, BigDecimal> facts = byPaths(read.facts());
        assertThat(facts).containsEntry("전략1 소재 자립 › 소재기술개발 | 예산(억원) › '23", new BigDecimal(120).multiply(EOK))
                .containsEntry("전략1 소재 자립 › 소계 | 예산(억원) › '24", new BigDecimal(220).multiply(EOK))
                .containsEntry("전략2 인력 양성 › 전문인력 | 예산(억원) › '24", new BigDecimal(40).multiply(EOK))
                .containsEntry("합계 | 예산(억원) › '24", new BigDecimal(305).multiply(EOK));
        // 7 rows × 2 year columns; the 증감 column is checked, never a fact
        assertThat(read.facts()).hasSize(14);
        assertThat(read.facts()).allMatch(f -> f.measure() == Measure.PLAN);
        assertThat(read.facts().stream().filter(f -> f.columnPathText().endsWith("'23")))
                .allMatch(f -> f.fiscalYear() == 2023);
        assertThat(read.facts().stream().filter(TableFact::isTotal)).hasSize(6);
    }

    @Test
    void every소계합계and증감IsCheckedAndPasses() {
        TableFactCollector read = read(strategyTable(), plan2024InEok());
        Map<String, Long> rules = read.sums().stream()
                .collect(Collectors.groupingBy(PrintedSum::rule, Collectors.counting()));
        // two 소계 and the 합계 (over the two 소계) in two year columns; 증감 in each of the 7 rows
        assertThat(rules).containsEntry(PrintedSum.ROW_TOTAL, 6L).containsEntry(PrintedSum.CHANGE, 7L);
        TableSums.Outcome outcome = new TableSums().check(read.facts(), read.sums(), 2024);
        assertThat(outcome.results()).allMatch(r -> r.passed() && r.difference().signum() == 0);
        assertThat(outcome.facts()).allMatch(f -> f.checkStatus() == TableFact.CheckStatus.PASS);
    }

    @Test
    void aWrongSubtotalFailsAndItsFiguresAreMarkedFailed() {
        Table wrong = GridTables.of(5, 3, 1).row(0, 0, "구분", "사업명", "2024년 예산")
                .cell(1, 0, 3, 1, "전략1").row(1, 1, "가", "10").row(2, 1, "나", "20").row(3, 1, "소계", "35")
                .cell(4, 0, 1, 2, "합계").row(4, 2, "35").table();
        TableFactCollector read = read(wrong, plan2024InEok());
        TableSums.Outcome outcome = new TableSums().check(read.facts(), read.sums(), 2024);
        assertThat(outcome.results()).anyMatch(r -> !r.passed());
        assertThat(outcome.findings()).isNotEmpty();
        assertThat(outcome.facts().stream().filter(f -> f.rowPathText().equals("전략1 › 가")))
                .allMatch(f -> f.checkStatus() == TableFact.CheckStatus.FAILED);
    }

    @Test
    void programUnitAndDetailColumnsNestAndMinistryStatusAndShareAreNoLabels() {
        Table t = GridTables.of(4, 7, 1)
                .row(0, 0, "프로그램", "단위사업", "세부사업", "부처", "신규/계속", "2025년 예산(안)", "비중")
                .cell(1, 0, 3, 1, "R&D지원").cell(1, 1, 2, 1, "기술개발")
                .row(1, 2, "소재부품기술개발", "산업부", "계속", "1,200", "60.0")
                .row(2, 2, "공정혁신", "산업부", "신규", "500", "25.0")
                .row(3, 1, "기반조성", "장비 구축", "과기정통부", "계속", "300", "15.0").table();
        List<TableFact> facts = read(t, plan2024InEok()).facts();
        assertThat(facts).extracting(TableFact::rowPathText).containsExactly(
                "R&D지원 › 기술개발 › 소재부품기술개발", "R&D지원 › 기술개발 › 공정혁신", "R&D지원 › 기반조성 › 장비 구축");
        assertThat(facts).allMatch(f -> f.fiscalYear() == 2025 && f.columnPathText().equals("2025년 예산(안)"));
    }

    @Test
    void aNumberingHierarchyInOneColumnIsAChain() {
        Table t = GridTables.of(6, 2, 1).row(0, 0, "구분", "'25 예산")
                .row(1, 0, "1. 연구개발", "300").row(2, 0, "가. 기초연구", "100").row(3, 0, "나. 응용연구", "200")
                .row(4, 0, "2. 인프라", "50").row(5, 0, "가. 장비", "50").table();
        assertThat(read(t, plan2024InEok()).facts()).extracting(TableFact::rowPathText).containsExactly(
                "1. 연구개발", "1. 연구개발 › 가. 기초연구", "1. 연구개발 › 나. 응용연구", "2. 인프라", "2. 인프라 › 가. 장비");
    }

    @Test
    void aCaptionWithItsUnitOnOneLineGivesTheUnit() {
        ContextTracker tracker = new ContextTracker(VOCABULARIES);
        tracker.accept(new Paragraph("< 2025년 세부사업별 예산 > (단위 : 억원)", Provenance.ofLine(null, 1)));
        Table t = GridTables.of(2, 2, 1).row(0, 0, "세부사업", "금액").row(1, 0, "소재기술개발", "1,234").table();
        TableContext context = tracker.contextFor(t);
        assertThat(context.unit()).isNotNull();
        assertThat(context.unit().asWritten()).isEqualTo("억원");
        TableFactCollector read = read(t, context);
        assertThat(read.facts()).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualByComparingTo(new BigDecimal(1234).multiply(EOK));
            assertThat(f.fiscalYear()).isEqualTo(2025);
            assertThat(f.measure()).isEqualTo(Measure.PLAN);
        });
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void amountsWithoutYearAreFindingsAndATableOfThemSaysItYieldedNoFact() {
        Table t = GridTables.of(2, 2, 1).row(0, 0, "사업명", "예산").row(1, 0, "가", "10").table();
        TableContext noYear = TableContext.empty().withUnit(VOCABULARIES.amounts().units().parseUnit("억원")
                .orElseThrow());
        TableFactCollector read = read(t, noYear);
        assertThat(read.facts()).isEmpty();
        assertThat(read.findings()).extracting(f -> f.rule()).containsExactly("fact.unplaced",
                TableFactCollector.NO_FACT);
    }

    /** Seed 003's 추진 일정 lines: 과제 | 내용 | '21~'27 over periods. A period is no amount, and no finding either. */
    @Test
    void aColumnOfPeriodsIsNoAmountColumn() {
        Table table = GridTables.of(3, 3, 0)
                .row(0, 0, "자율주행차", "· 자율주행 상용화 핵심기술 개발", "'21~'27")
                .row(1, 0, "자율운항선박", "· 자율운항선박 핵심기술 개발", "'20~'25")
                .row(2, 0, "서비스로봇", "· 지능형 서비스 로봇 개발", "'20~'24")
                .table();

        TableFactCollector collector = read(table, plan2024InEok());

        assertThat(collector.facts()).isEmpty();
        assertThat(collector.findings()).noneMatch(f -> f.rule().startsWith("number."));
    }

    /** Seed 004's ranking sheet: a first column of years labels its rows; its cells are no amounts in 억원. */
    @Test
    void aColumnOfYearsLabelsTheRows() {
        Table table = GridTables.of(3, 3, 0)
                .row(0, 0, "1998년", "304", "2,042")
                .row(1, 0, "1999년", "243", "4,934")
                .row(2, 0, "2000년", "563", "8,798")
                .table();

        TableFactCollector collector = read(table, plan2024InEok());

        assertThat(collector.findings()).noneMatch(f -> f.rule().equals("unit.unknown"));
        assertThat(collector.facts()).noneMatch(f -> f.amountAsWritten().endsWith("년"));
    }

    @Test
    void periodsUnderTheYearColumnsOfARoadmapAreNoMalformedAmounts() {
        // a roadmap prints when a task runs under its year columns, not money: no number.malformed for '20~'25
        Table t = GridTables.of(3, 3, 1).row(0, 0, "과제", "'20~'21", "'22~").row(1, 0, "가", "'20~'25", "계속")
                .row(2, 0, "나", "2012년", "'21~").table();
        TableFactCollector read = read(t, plan2024InEok());
        assertThat(read.facts()).isEmpty();
        assertThat(read.findings()).extracting(f -> f.rule()).doesNotContain("number.malformed", "unit.unknown",
                TableFactCollector.NO_FACT);
    }

    @Test
    void columnsWithoutAYearShareOneFindingAndTheTableSummaryIsAnInfo() {
        Table t = GridTables.of(2, 3, 1).row(0, 0, "사업명", "예산", "투자").row(1, 0, "가", "10", "20").table();
        TableContext noYear = TableContext.empty().withUnit(VOCABULARIES.amounts().units().parseUnit("억원")
                .orElseThrow());
        TableFactCollector read = read(t, noYear);
        assertThat(read.findings()).extracting(f -> f.rule() + ":" + f.severity()).containsExactly(
                "fact.unplaced:WARNING", TableFactCollector.NO_FACT + ":INFO");
        assertThat(read.findings().get(0).message()).contains("'예산', '투자'").contains("2 amount(s)");
    }

    /**
     * A column's measure follows the rule of captions and headers: the section's measure is its year's only, and
     * header words without a year override the section only where columns set measures against each other.
     */
    @Test
    void theSectionsMeasureIsItsYearsAndAYearlessHeaderWordOverridesItOnlyAgainstAnotherColumns() {
        // a bare '23 beside '24 under the 2024 plan: the '23 figures are neither plan nor actual as printed
        Table bare = GridTables.of(2, 3, 1).row(0, 0, "사업명", "'23", "'24").row(1, 0, "가", "10", "20").table();
        TableFactCollector read = read(bare, plan2024InEok());
        assertThat(read.facts()).extracting(TableFact::amountAsWritten, TableFact::fiscalYear, TableFact::measure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("20", 2024, Measure.PLAN));
        assertThat(read.findings()).extracting(f -> f.rule()).contains("fact.unplaced");

        // seed 000: 부처명 | 투자실적 under "IV. '20년도 재정투자계획": the plan of 2020, as the section says
        Table worded = GridTables.of(2, 2, 1).row(0, 0, "부처명", "투자실적").row(1, 0, "산업통상자원부", "9,283.40")
                .table();
        TableContext plan2020 = TableContext.empty().withUnit(VOCABULARIES.amounts().units().parseUnit("억원")
                .orElseThrow()).with(VOCABULARIES.statements().read("'20년도 재정투자계획"));
        assertThat(read(worded, plan2020).facts()).extracting(TableFact::fiscalYear, TableFact::measure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2020, Measure.PLAN));

        // 예산 | 실적 side by side: each column its own measure, the section's year
        Table contrasted = GridTables.of(2, 3, 1).row(0, 0, "사업명", "예산", "실적").row(1, 0, "가", "10", "9")
                .table();
        assertThat(read(contrasted, plan2020).facts()).extracting(TableFact::amountAsWritten, TableFact::measure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10", Measure.PLAN),
                        org.assertj.core.groups.Tuple.tuple("9", Measure.ACTUAL));
    }

    /**
     * The FDI release's layout: a 증감률 row under the year columns, and a count column beside money
     * (2022년 | 2023년 in 억 달러; 건수 in 건). Rates and counts are no money: neither facts nor findings.
     */
    @Test
    void rateRowsAndCountsAreNoMoneyAndNoFinding() {
        Table table = GridTables.of(4, 3, 1)
                .row(0, 0, "구분", "2022년", "2023년")
                .row(1, 0, "투자액", "816", "634")
                .row(2, 0, "증감률", "8.1", "△22.3")
                .row(3, 0, "신고건수", "3,617건", "3,212건")
                .table();

        // the release's caption names the measure of every year column: 실적 (actual), no year of its own
        TableContext caption = new TableContext(null, null, VOCABULARIES.amounts().units().parseUnit("억원")
                .orElseThrow(), "외국인직접투자 신고 실적", null, null, null);
        TableFactCollector collector = read(table, caption);

        assertThat(collector.facts()).extracting(TableFact::amountAsWritten).containsExactlyInAnyOrder("816", "634");
        assertThat(collector.facts()).extracting(TableFact::measure).containsOnly(dev.planetl.read.Measure.ACTUAL);
        assertThat(collector.findings()).noneMatch(f -> f.rule().startsWith("number.") || f.rule().startsWith("unit."));
    }

    /** Seed 003 t17: a sentence ending in its period heads the column; its cells are prose, no amounts. */
    @Test
    void aSentenceWithItsPeriodIsNoYearColumn() {
        Table table = GridTables.of(2, 2, 1)
                .row(0, 0, "지능형 생산장비·로봇", "AI·5G 융합 자율 제어·동작이 가능한 차세대 로봇 제품 및 부품 기술개발('17~'24)")
                .row(1, 0, "스마트 제조", "3대 분야(정밀가공장비, 융합공정장비) 핵심부품 개발('20~'24)")
                .table();

        TableFactCollector collector = read(table, plan2024InEok());

        assertThat(collector.facts()).isEmpty();
        assertThat(collector.findings()).noneMatch(f -> f.severity() == dev.planetl.read.Severity.ERROR);
    }

    /**
     * 구분 | '25 | '26 | 합계 by funding source under a caption that names the measure but no year: 60 + 40 = 100,
     * 70 + 30 = 100; each row's 합계 the sum of its two years (130, 70, 200).
     */
    private static Table fundingSources(String nationalTotal) {
        return GridTables.of(4, 4, 1).row(0, 0, "구분", "'25", "'26", "합계")
                .row(1, 0, "국비", "60", "70", nationalTotal)
                .row(2, 0, "지방비", "40", "30", "70")
                .row(3, 0, "합계", "100", "100", "200").table();
    }

    private static TableContext captionOnly(String caption) {
        return new TableContext(null, null, VOCABULARIES.amounts().units().parseUnit("억원").orElseThrow(), caption,
                null, null, null);
    }

    @Test
    void aCaptionNamingTheMeasureGivesItToYearColumnsAndAMultiYearTotalIsCheckedNotAFact() {
        TableFactCollector read = read(fundingSources("130"), captionOnly("재원별 연도별 투자계획"));

        // 투자계획 in the caption: plan; the years are the columns'; the 합계 column spans two years: no fact
        assertThat(read.facts()).hasSize(6).allMatch(f -> f.measure() == Measure.PLAN);
        assertThat(byPaths(read.facts())).containsEntry("국비 | '25", new BigDecimal(60).multiply(EOK))
                .containsEntry("지방비 | '26", new BigDecimal(30).multiply(EOK))
                .containsEntry("합계 | '26", new BigDecimal(100).multiply(EOK));
        assertThat(read.facts()).noneMatch(f -> f.columnPathText().equals("합계"));
        assertThat(read.findings()).as("a total over the years is no unplaced amount").isEmpty();
        // checked: each row's 합계 against its years, each year's 합계 against its sources
        assertThat(read.sums()).filteredOn(s -> s.rule().equals(PrintedSum.COLUMN_TOTAL)).hasSize(3);
        TableSums.Outcome outcome = new TableSums().check(read.facts(), read.sums(), 2025);
        assertThat(outcome.results()).isNotEmpty().allMatch(r -> r.passed());
    }

    @Test
    void aWrongMultiYearTotalFailsItsCheck() {
        TableFactCollector read = read(fundingSources("150"), captionOnly("재원별 연도별 투자계획"));
        TableSums.Outcome outcome = new TableSums().check(read.facts(), read.sums(), 2025);
        assertThat(outcome.findings()).anyMatch(f -> f.rule().equals(PrintedSum.COLUMN_TOTAL));
        assertThat(outcome.facts().stream().filter(f -> f.rowPathText().equals("국비")))
                .allMatch(f -> f.checkStatus() == TableFact.CheckStatus.FAILED);
    }

    /**
     * The revision box a safety data sheet prints on every page (its header names a date, 개정일자 : 2021.09.30, so
     * its column is one of amounts by its header): text, not numbers gone wrong.
     */
    @Test
    void aColumnOfTextUnderAHeaderOfAmountsIsOneWarningNotAnErrorForEachCell() {
        Table t = GridTables.of(3, 2, 1).row(0, 0, "구분", "개정일자 : 2021.09.30")
                .row(1, 0, "가", "개정번호 : 3").row(2, 0, "나", "ㅇ 신용평가 등급에 따른 평가").table();
        TableFactCollector read = read(t, plan2024InEok());
        assertThat(read.facts()).isEmpty();
        assertThat(read.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(GridFacts.COLUMN_TEXT);
            assertThat(f.severity()).isEqualTo(dev.planetl.read.Severity.WARNING);
            assertThat(f.rawText()).isEqualTo("개정번호 : 3");
            assertThat(f.message()).contains("개정일자 : 2021.09.30", "2 cell(s)");
        });
    }

    @Test
    void aColumnWithAnAmountKeepsAnErrorForEachCellItCannotRead() {
        Table t = GridTables.of(3, 2, 1).row(0, 0, "사업명", "2024")
                .row(1, 0, "가", "1,234").row(2, 0, "나", "ㅇ 기타 사업").table();
        TableFactCollector read = read(t, plan2024InEok());
        assertThat(read.facts()).hasSize(1);
        assertThat(read.findings()).extracting(f -> f.rule() + ":" + f.severity() + ":" + f.rawText())
                .containsExactly("number.malformed:ERROR:ㅇ 기타 사업");
    }

    @Test
    void aColumnOfNumbersGoneWrongKeepsAnErrorForEachCell() {
        Table t = GridTables.of(3, 2, 1).row(0, 0, "사업명", "2024")
                .row(1, 0, "가", "1.2.3").row(2, 0, "나", "△4.5.6").table();
        TableFactCollector read = read(t, plan2024InEok());
        assertThat(read.facts()).isEmpty();
        assertThat(read.findings()).extracting(f -> f.rule() + ":" + f.severity())
                .startsWith("number.malformed:ERROR", "number.malformed:ERROR")
                .doesNotContain(GridFacts.COLUMN_TEXT + ":WARNING");
    }

    @Test
    void whatATextCellIs() {
        assertThat(GridFacts.textCell("개정번호 : 3")).isTrue();
        assertThat(GridFacts.textCell("(1) 기획 분야 (15점)")).isTrue();
        assertThat(GridFacts.textCell("(지 면) 2025. 12. 3.(수) 조간")).isTrue();
        assertThat(GridFacts.textCell("․ 공고일 기준")).isTrue();
        assertThat(GridFacts.textCell("1,000 (5%)")).isFalse();
        assertThat(GridFacts.textCell("△12")).isFalse();
        assertThat(GridFacts.textCell("(1,234)")).isFalse();
        assertThat(GridFacts.textCell("1.5억")).isFalse();
        assertThat(GridFacts.textCell("")).isFalse();
    }
}
