package dev.planetl.read.table;

import dev.planetl.extract.Block;
import dev.planetl.extract.Document;
import dev.planetl.extract.DocumentFormat;
import dev.planetl.extract.DocumentMetadata;
import dev.planetl.extract.Heading;
import dev.planetl.extract.Paragraph;
import dev.planetl.extract.Provenance;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetTableReaderTest {

    private final BudgetTableReader reader = new BudgetTableReader(Contexts.VOCABULARIES);

    private static Heading heading(int level, String numbering, String text) {
        return new Heading(level, numbering, text, Provenance.ofLine(null, 1));
    }

    private static Paragraph line(String text) {
        return new Paragraph(text, Provenance.ofLine(null, 1));
    }

    private static Document document(Block... blocks) {
        return new Document(DocumentMetadata.of(DocumentFormat.TEXT, "text/plain"), List.of(blocks));
    }

    private static final String GOALS = "융합 신제품·서비스를 위한 新시장 구축\t산업융합의 제도적 뒷받침\t합계";

    @Test
    void captionSayingActualWithoutYearStaysInItsPlanSection() {
        TableReading reading = reader.read(document(
                heading(1, "IV.", "'20년도 재정투자계획"),
                line("- 범부처 투자규모는 총 3조 3,365억원"),
                line("< 분야별 재정투자실적(억원) >"),
                Tables.of(GOALS, "100\t20\t120")));
        assertThat(reading.totals()).hasSize(3).allSatisfy(t -> {
            assertThat(t.fiscalYear()).isEqualTo(2020);
            assertThat(t.measure()).isEqualTo(Measure.PLAN);
            assertThat(t.unitAsWritten()).isEqualTo("억원");
        });
    }

    @Test
    void captionNamingAYearOverridesItsSection() {
        TableReading reading = reader.read(document(
                heading(1, "IV.", "'22년도 재정투자계획"),
                line("< '21년 분야별 투자실적(억원) >"),
                Tables.of(GOALS, "100\t20\t120")));
        assertThat(reading.totals()).allSatisfy(t -> {
            assertThat(t.fiscalYear()).isEqualTo(2021);
            assertThat(t.measure()).isEqualTo(Measure.ACTUAL);
        });
    }

    @Test
    void innerNumberedHeadingSetsTheSectionAndAnOuterOneWithoutYearClearsIt() {
        TableReading reading = reader.read(document(
                heading(1, "II.", "'19년도 추진성과"),
                heading(2, "2.", "2019년도 재정투자 실적"),
                line("(단위 : 억 원)"),
                Tables.indexed(0, GOALS, "100\t20\t120"),
                heading(1, "V.", "부처별 추진계획"),
                line("(단위 : 억원)"),
                Tables.indexed(1, GOALS, "100\t20\t120")));
        assertThat(reading.totals()).hasSize(3).allSatisfy(t -> {
            assertThat(t.fiscalYear()).isEqualTo(2019);
            assertThat(t.measure()).isEqualTo(Measure.ACTUAL);
        });
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("context.unknown");
            assertThat(f.source().ref()).startsWith("t1");
        });
    }

    @Test
    void numberingHeadingsPlaceLinesAndATargetWithoutNameIsResolvedFromItsCode() {
        TableReading reading = reader.read(document(
                line("2020년도 세부 추진과제별 투자계획(안)"),
                heading(2, "3", "산업의 융합경쟁력 강화"),
                heading(3, "3-1", ""),
                line("(단위: 백만원)"),
                Tables.indexed(0, "추진 내용\t'20년도 예산\t신규여부\t주관부처", "나노융합2020\t6,300\t계속\t과기정통부"),
                heading(3, "3-2", "주력 분야 선정 후 집중투자"),
                line("(단위: 백만원)"),
                Tables.indexed(1, "추진 내용\t'20년도 예산\t신규여부\t주관부처", "첨단도로교통체계\t211,154\t계속\t국토부")));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.lines()).extracting(BudgetLine::policyAreaCode).containsExactly("3-1", "3-2");
        assertThat(reading.lines().get(0).policyArea()).isEqualTo("융합 촉진형 R&D 지원 체계로 전환");
        assertThat(reading.lines().get(1).amountKrw()).isEqualByComparingTo(new BigDecimal("211154000000"));
    }

    @Test
    void aBareNumberLineIsNotAPolicyArea() {
        TableReading reading = reader.read(document(
                line("2020년도 세부 추진과제별 투자계획(안)"),
                line("3"),
                line("(단위: 백만원)"),
                Tables.of("추진 내용\t'20년도 예산\t신규여부\t주관부처", "나노융합2020\t6,300\t계속\t과기정통부")));
        assertThat(reading.lines()).singleElement().satisfies(l -> {
            assertThat(l.policyAreaCode()).isNull();
            assertThat(l.policyArea()).isNull();
        });
    }

    @Test
    void aTableContinuedAfterAPageBreakKeepsItsUnit() {
        String header = "추진 내용\t'20년도 예산\t신규여부\t주관부처";
        TableReading reading = reader.read(document(
                heading(3, "1-2", "융합 신서비스 시장 창출"),
                line("(단위: 백만원)"),
                Tables.indexed(0, header, "드론 활용서비스 시장창출 지원사업\t10,021\t계속\t산업부"),
                Tables.indexed(1, header, "정밀의료산업기반구축\t7,000\t계속\t과기정통부")));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.lines()).hasSize(2).allSatisfy(l -> {
            assertThat(l.unitAsWritten()).isEqualTo("백만원");
            assertThat(l.policyAreaCode()).isEqualTo("1-2");
        });
        assertThat(reading.lines().get(1).amountKrw()).isEqualByComparingTo(new BigDecimal("7000000000"));
    }

    @Test
    void aTableNoReaderKnowsThatNamesNoMoneyIsAnInfoWithItsHeader() {
        TableReading reading = reader.read(document(
                line("< 추진 일정 >"),
                Tables.of("추진과제\t담당부처\t일정", "데이터 표준화\t산업부\t'20~'25")));
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.totals()).isEmpty();
        assertThat(reader.recognises(Tables.of("추진과제\t담당부처\t일정", "데이터 표준화\t산업부\t'20~'25"))).isFalse();
        assertThat(reader.recognises(Tables.of("부처명\t투자실적", "환경부\t254.60"))).isTrue();
        assertThat(reading.findings()).singleElement().satisfies((Finding f) -> {
            assertThat(f.rule()).isEqualTo("table.unrecognised");
            // a schedule names no amount of money: nothing the warehouse misses, nothing for a steward to do
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.rawText()).isEqualTo("추진과제\t담당부처\t일정");
        });
    }

    @Test
    void totalsKeepWhereTheyArePrinted() {
        TableReading reading = reader.read(document(
                heading(1, "IV.", "'20년도 재정투자계획"),
                line("(단위 : 억원)"),
                Tables.indexed(4, GOALS, "100\t20\t120")));
        ReportedTotal grand = reading.totals().get(2);
        assertThat(grand.source().ref()).isEqualTo("t4/r1/c2");
        assertThat(grand.source().raw()).isEqualTo("120");
        assertThat(grand.amountAsWritten()).isEqualTo("120");
    }

    @Test
    void aUnitLinePrintedAsTheTablesFirstRow() {
        TableReading reading = reader.read(document(
                heading(1, "IV.", "'20년도 재정투자계획"),
                Tables.of("(단위 : 억원)\t\t", GOALS, "100\t20\t120")));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).hasSize(3);
        assertThat(reading.totals().get(2).amountKrw()).isEqualByComparingTo(new BigDecimal("12000000000"));
    }

    @Test
    void aTableContinuedWithoutItsHeaderIsReadUnderTheHeaderAbove() {
        String header = "추진 내용\t'20년도 예산\t신규여부\t주관부처";
        TableReading reading = reader.read(document(
                heading(3, "1-2", "융합 신서비스 시장 창출"),
                line("(단위: 백만원)"),
                Tables.indexed(0, header, "드론 활용서비스 시장창출 지원사업\t10,021\t계속\t산업부"),
                line("- 12 -"),
                Tables.indexed(1, "정밀의료산업기반구축\t7,000\t계속\t과기정통부", "지능형로봇 보급 및 확산\t38,116\t계속\t산업부")));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.lines()).hasSize(3).allSatisfy(l -> {
            assertThat(l.fiscalYear()).isEqualTo(2020);
            assertThat(l.policyAreaCode()).isEqualTo("1-2");
            assertThat(l.unitAsWritten()).isEqualTo("백만원");
        });
        // the continuation's lines refer to its own printed rows
        assertThat(reading.lines().get(1).source().ref()).isEqualTo("t1/r0/c0");
        assertThat(reading.lines().get(2).amountKrw()).isEqualByComparingTo(new BigDecimal("38116000000"));
    }

    @Test
    void aHeaderlessTableAfterTextIsNotJoined() {
        String header = "추진 내용\t'20년도 예산\t신규여부\t주관부처";
        TableReading reading = reader.read(document(
                heading(3, "1-2", "융합 신서비스 시장 창출"),
                line("(단위: 백만원)"),
                Tables.indexed(0, header, "드론 활용서비스 시장창출 지원사업\t10,021\t계속\t산업부"),
                line("※ 아래는 참고 사업"),
                Tables.indexed(1, "정밀의료산업기반구축\t7,000\t계속\t과기정통부")));
        assertThat(reading.lines()).hasSize(1);
        assertThat(reading.findings()).extracting(Finding::rule).containsExactly("table.unrecognised");
    }

    @Test
    void aLineQuotingAnotherYearsAmountDoesNotResetTheSection() {
        TableReading reading = reader.read(document(
                heading(1, "IV.", "'25년도 재정투자계획"),
                line("('24년 예산) 8,295억원"),
                line("< 분야별 재정투자 계획(억원) >"),
                Tables.of(GOALS, "100\t20\t120")));
        assertThat(reading.totals()).allSatisfy(t -> assertThat(t.fiscalYear()).isEqualTo(2025));
    }

    @Test
    void numberingWithADotAlsoPlacesLines() {
        TableReading reading = reader.read(document(
                line("2021년도 세부 추진과제별 투자계획(안)"),
                heading(2, "2.", "산업융합의 제도적 뒷받침"),
                heading(3, "2-2.", "융합 신산업을 위한 제도정비"),
                line("(단위: 백만원)"),
                Tables.of("사업명\t예산\t소관부처", "기술표준정책\t724\t산업부")));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.lines()).singleElement().satisfies(l -> {
            assertThat(l.policyAreaCode()).isEqualTo("2-2");
            assertThat(l.fiscalYear()).isEqualTo(2021);
        });
    }
}
