package dev.planetl.read.table;

import dev.planetl.extract.Block;
import dev.planetl.extract.Cell;
import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;
import dev.planetl.extract.Table;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.TableFact;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The general projection over tables built in code whose headers no kind reader recognises (bare year columns,
 * {@code '25}, a caption that names the measure): every expected figure is the table's own printed cell, and each
 * 합계 and 소계 the table prints is added up here from its printed rows.
 */
class GridProjectionTest {

    private final BudgetTableReader reader = new BudgetTableReader(Contexts.VOCABULARIES);

    private static Document document(Block... blocks) {
        return new Document(DocumentMetadata.of(DocumentFormat.TEXT, "text/plain"), List.of(blocks));
    }

    private static Paragraph line(String text) {
        return new Paragraph(text, Provenance.ofLine(null, 1));
    }

    private static Heading heading(String numbering, String text) {
        return new Heading(1, numbering, text, Provenance.ofLine(null, 1));
    }

    /** A printed figure in won: the number times its unit's power of ten, computed without the parser. */
    private static BigDecimal won(String printed, int exponent) {
        String n = printed.replace(",", "").replace("△", "-");
        return new BigDecimal(n).scaleByPowerOfTen(exponent).setScale(0, java.math.RoundingMode.UNNECESSARY);
    }

    private static BigDecimal sum(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::amountKrw).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> rules(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::rule).toList();
    }

    /** A table with merged cells: {row, column, rowSpan, columnSpan, text} per cell, one header row. */
    private static Table merged(int rows, int columns, Object[]... cells) {
        List<Cell> out = new ArrayList<>();
        for (Object[] c : cells) {
            out.add(new Cell((int) c[0], (int) c[1], (int) c[2], (int) c[3], (String) c[4], Provenance.ofPage(4)));
        }
        return new Table(3, rows, columns, 1, out, Provenance.ofPage(4));
    }

    private static Object[] c(int row, int column, String text) {
        return new Object[] {row, column, 1, 1, text};
    }

    private static Object[] c(int row, int column, int rowSpan, int columnSpan, String text) {
        return new Object[] {row, column, rowSpan, columnSpan, text};
    }

    // 천원; ministries in short forms; 2024 and 2025 columns under a caption that names the measure, not the year
    private static final Table THOUSANDS = Tables.of(
            "내역사업\t소관\t2024\t2025\t증감",
            "AI 반도체 설계\t과기정통부\t1,250,000\t1,500,000\t250,000",
            "수소 배관망 실증\t산업부\t800,500\t640,000\t△160,500",
            "스마트공장 보급\t중기부\t2,000,000\t2,100,000\t100,000",
            "합계\t\t4,050,500\t4,240,000\t189,500");

    @Test
    void aTableNoKindReaderTakesProjectsALinePerProjectAndYearColumnAndItsGrandTotals() {
        assertThat(reader.recognises(THOUSANDS)).as("no kind reader's layout").isFalse();
        TableReading reading = reader.read(document(line("< 내역사업별 투자계획 > (단위: 천원)"), THOUSANDS), null);

        assertThat(reading.lines()).hasSize(6).allSatisfy(l -> {
            assertThat(l.measure()).isEqualTo(Measure.PLAN);
            assertThat(l.unitAsWritten()).isEqualTo("천원");
            assertThat(l.isNew()).isNull();
        });
        Map<String, BigDecimal> y2025 = reading.lines().stream().filter(l -> l.fiscalYear() == 2025)
                .collect(Collectors.toMap(BudgetLine::program, BudgetLine::amountKrw));
        assertThat(y2025).containsExactlyInAnyOrderEntriesOf(Map.of(
                "AI 반도체 설계", won("1,500,000", 3),
                "수소 배관망 실증", won("640,000", 3),
                "스마트공장 보급", won("2,100,000", 3)));
        assertThat(reading.lines()).filteredOn(l -> l.program().equals("수소 배관망 실증") && l.fiscalYear() == 2024)
                .singleElement().satisfies(l -> {
                    assertThat(l.amountKrw()).isEqualTo(won("800,500", 3));
                    assertThat(l.ministryAsWritten()).isEqualTo("산업부");
                    assertThat(l.ministry()).isEqualTo("산업통상자원부"); // the name in force in 2024
                });
        assertThat(reading.lines()).extracting(BudgetLine::ministryAsWritten, BudgetLine::ministry)
                .contains(org.assertj.core.groups.Tuple.tuple("과기정통부", "과학기술정보통신부"),
                        org.assertj.core.groups.Tuple.tuple("중기부", "중소벤처기업부"));

        // the 합계 the table prints, per year, is what its lines add up to
        for (int year : List.of(2024, 2025)) {
            List<BudgetLine> ofYear = reading.lines().stream().filter(l -> l.fiscalYear() == year).toList();
            assertThat(reading.totals()).filteredOn(t -> t.fiscalYear() == year).singleElement().satisfies(t -> {
                assertThat(t.kind()).isEqualTo(TotalKind.GRAND);
                assertThat(t.amountKrw()).isEqualTo(won(year == 2024 ? "4,050,500" : "4,240,000", 3))
                        .isEqualTo(sum(ofYear));
            });
        }
        assertThat(rules(reading.findings(), Severity.WARNING)).isEmpty();
        assertThat(rules(reading.findings(), Severity.ERROR)).isEmpty();
    }

    @Test
    void everyProjectedLineIsTheFactOfItsCell() {
        TableReading reading = reader.read(document(line("< 내역사업별 투자계획 > (단위: 천원)"), THOUSANDS), null);
        Map<String, BigDecimal> facts = reading.facts().stream().filter(f -> !f.isTotal())
                .collect(Collectors.toMap(f -> f.rowPathText() + "@" + f.fiscalYear(), TableFact::amount));
        Map<String, BigDecimal> lines = reading.lines().stream()
                .collect(Collectors.toMap(l -> l.program() + "@" + l.fiscalYear(), BudgetLine::amountKrw));
        assertThat(lines).isEqualTo(facts);
    }

    @Test
    void strategiesMergedDownGiveTheLinesTheirAreaAndTheSubtotalsTheirGoalUnderTheIssuingMinistry() {
        // 전략 | 세부사업 | 신규/계속 | 2025, 백만원, in the 2025 plan of one ministry
        Table table = merged(9, 4,
                c(0, 0, "전략"), c(0, 1, "세부사업"), c(0, 2, "신규/계속"), c(0, 3, "2025"),
                c(1, 0, 3, 1, "전략1 디지털 전환"), c(1, 1, "스마트 제조 혁신"), c(1, 2, "계속"), c(1, 3, "12,500"),
                c(2, 1, "데이터 바우처"), c(2, 2, "신규"), c(2, 3, "3,200"),
                c(3, 1, "소계"), c(3, 3, "15,700"),
                c(4, 0, 4, 1, "전략2 글로벌 진출"), c(4, 1, "수출 바우처"), c(4, 2, "계속"), c(4, 3, "8,000"),
                c(5, 1, "해외 거점 구축"), c(5, 2, "계속"), c(5, 3, "1,450"),
                c(6, 1, "온라인 수출 플랫폼"), c(6, 2, "신규"), c(6, 3, "550"),
                c(7, 1, "소계"), c(7, 3, "10,000"),
                c(8, 0, 1, 2, "합계"), c(8, 3, "25,700"));
        assertThat(reader.recognises(table)).isFalse();
        TableReading reading = reader.read(document(heading("Ⅲ.", "2025년도 시행계획"), line("(단위: 백만원)"),
                table), "중소벤처기업부");

        assertThat(reading.lines()).hasSize(5).allSatisfy(l -> {
            assertThat(l.fiscalYear()).isEqualTo(2025);
            assertThat(l.measure()).isEqualTo(Measure.PLAN);
            assertThat(l.ministry()).isEqualTo("중소벤처기업부");
        });
        assertThat(reading.lines()).extracting(BudgetLine::program, BudgetLine::policyAreaCode, BudgetLine::isNew,
                BudgetLine::amountKrw).containsExactly(
                org.assertj.core.groups.Tuple.tuple("스마트 제조 혁신", "1", false, won("12,500", 6)),
                org.assertj.core.groups.Tuple.tuple("데이터 바우처", "1", true, won("3,200", 6)),
                org.assertj.core.groups.Tuple.tuple("수출 바우처", "2", false, won("8,000", 6)),
                org.assertj.core.groups.Tuple.tuple("해외 거점 구축", "2", false, won("1,450", 6)),
                org.assertj.core.groups.Tuple.tuple("온라인 수출 플랫폼", "2", true, won("550", 6)));
        assertThat(reading.totals()).extracting(ReportedTotal::kind, ReportedTotal::policyAreaCode,
                ReportedTotal::amountKrw).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TotalKind.GOAL, "1", won("15,700", 6)),
                org.assertj.core.groups.Tuple.tuple(TotalKind.GOAL, "2", won("10,000", 6)),
                org.assertj.core.groups.Tuple.tuple(TotalKind.GRAND, null, won("25,700", 6)));
        // the printed 소계 and 합계 are what the printed rows add up to
        assertThat(sum(reading.lines().stream().filter(l -> l.policyAreaCode().equals("1")).toList()))
                .isEqualTo(won("15,700", 6));
        assertThat(sum(reading.lines())).isEqualTo(won("25,700", 6));
        assertThat(rules(reading.findings(), Severity.ERROR)).isEmpty();
    }

    @Test
    void aYearColumnWhoseMeasureOnlyAnotherYearsSectionStatesIsAFindingNotLines() {
        // in the 2025 plan, a bare 2024 column may be the budget or the outturn: not read as lines
        Table table = Tables.of(
                "사업명\t부처\t2024\t2025(안)",
                "AI 반도체 설계\t과기정통부\t100\t120",
                "합계\t\t100\t120");
        assertThat(reader.recognises(table)).isFalse();
        TableReading reading = reader.read(document(heading("Ⅲ.", "2025년도 시행계획"), line("(단위: 억원)"),
                table), null);
        assertThat(reading.lines()).singleElement().satisfies(l -> {
            assertThat(l.fiscalYear()).isEqualTo(2025);
            assertThat(l.amountKrw()).isEqualTo(won("120", 8));
        });
        assertThat(reading.totals()).singleElement().satisfies(t -> assertThat(t.fiscalYear()).isEqualTo(2025));
        // the grid gives the 2024 column no measure: its amounts are no facts, one finding for the column
        assertThat(reading.facts()).noneMatch(f -> f.fiscalYear() == 2024);
        assertThat(reading.findings()).filteredOn(f -> f.rule().equals("fact.unplaced")).singleElement()
                .satisfies(f -> assertThat(f.rawText()).isEqualTo("2024"));
    }

    @Test
    void withoutAUnitNothingIsProjectedAndTheCellsSaySo() {
        Table table = Tables.of("사업명\t부처\t'25", "AI 반도체 설계\t과기정통부\t100", "합계\t\t100");
        TableReading reading = reader.read(document(heading("Ⅲ.", "2025년도 시행계획"), table), null);
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.totals()).isEmpty();
        assertThat(reading.findings()).extracting(Finding::rule).contains("unit.missing", "table.unrecognised");
    }

    @Test
    void aMinistryNoDictionaryKnowsKeepsItsRowOutAndAnAgencyKeepsItWithoutMinistry() {
        Table table = Tables.of(
                "사업명\t부처\t'25",
                "AI 반도체 설계\t과기정통부\t100",
                "우주 발사체\t미래부처\t300");
        TableReading reading = reader.read(document(heading("Ⅲ.", "2025년도 시행계획"), line("(단위: 억원)"),
                table), null);
        assertThat(reading.lines()).extracting(BudgetLine::program).containsExactly("AI 반도체 설계");
        assertThat(reading.findings()).filteredOn(f -> f.rule().equals("ministry.unresolved")).singleElement()
                .satisfies(f -> assertThat(f.rawText()).isEqualTo("미래부처"));
    }

    @Test
    void twoColumnsOfOneYearAreNotReadAsLines() {
        // 서울 | 부산 under one year: which is the project's amount is not certain
        Table table = merged(4, 4,
                c(0, 0, 2, 1, "사업명"), c(0, 1, 1, 2, "2025"), c(0, 3, "비고"),
                c(1, 1, "서울"), c(1, 2, "부산"),
                c(2, 0, "도시재생"), c(2, 1, "100"), c(2, 2, "50"), c(2, 3, ""),
                c(3, 0, "합계"), c(3, 1, "100"), c(3, 2, "50"));
        Table twoHeaderRows = new Table(3, 4, 4, 2, table.cells(), table.provenance());
        assertThat(reader.recognises(twoHeaderRows)).isFalse();
        TableReading reading = reader.read(document(heading("Ⅲ.", "2025년도 시행계획"), line("(단위: 억원)"),
                twoHeaderRows), "국토교통부");
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.totals()).isEmpty();
        assertThat(reading.findings()).filteredOn(f -> f.rule().equals("context.unknown")).hasSize(2);
        assertThat(reading.facts()).hasSize(4); // the cells stay facts, each at its own column
    }

    @Test
    void aProgramColumnBesideAFinerLabelIsAmbiguousAndProjectsNothing() {
        Table table = Tables.of("사업명\t세부내역\t2025", "도시재생\t주차장\t100", "도시재생\t공원\t50");
        assertThat(reader.recognises(table)).isFalse();
        TableReading reading = reader.read(document(heading("Ⅲ.", "2025년도 시행계획"), line("(단위: 억원)"),
                table), "국토교통부");
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.findings()).extracting(Finding::rule)
                .contains(GridProjection.ROLES_AMBIGUOUS, "table.unrecognised");
    }

    @Test
    void aTableWithoutAProgramHeaderKeepsOnlyItsFacts() {
        // a statistics sheet: rows of revenue by account, no project
        Table table = Tables.of("구분\t일반회계\t특별회계\t합계", "수입\t100\t20\t120", "지출\t90\t30\t120");
        TableReading reading = reader.read(document(heading("1.", "2010년 결산 실적"), line("(단위: 십억원)"),
                table), null);
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.totals()).isEmpty();
        assertThat(reading.facts()).isNotEmpty();
        assertThat(reading.findings()).extracting(Finding::rule).contains("table.unrecognised");
    }
}
