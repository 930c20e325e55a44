package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.Measure;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectListTableReaderTest {

    private final ProjectListTableReader reader = new ProjectListTableReader(Contexts.VOCABULARIES);

    @Test
    void nextYearsBudgetProposalInThousandWonWithOtherHeaderWords() {
        // given a 2021 list whose columns are named differently and ordered otherwise, under a 2020 actual section
        Table table = Tables.of(
                "소관부처\t세부사업명\t구분\t'21년 예산(안)",
                "과기부\t인공지능 융합 선도 프로젝트\t신규\t1,250,000",
                "중기부\t스마트 제조 혁신  지원\t계속\t48,300");
        // when read
        assertThat(reader.recognises(table)).isTrue();
        TableReading reading = reader.read(table, Contexts.of(2020, Measure.ACTUAL, "천원"));
        // then the header's year and measure win over the section, amounts are in 천원
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.lines()).hasSize(2);
        BudgetLine first = reading.lines().get(0);
        assertThat(first.fiscalYear()).isEqualTo(2021);
        assertThat(first.measure()).isEqualTo(Measure.PLAN);
        assertThat(first.ministry()).isEqualTo("과학기술정보통신부");
        assertThat(first.ministryAsWritten()).isEqualTo("과기부");
        assertThat(first.isNew()).isTrue();
        assertThat(first.amountKrw()).isEqualByComparingTo(new BigDecimal("1250000000"));
        assertThat(first.unitAsWritten()).isEqualTo("천원");
        assertThat(reading.lines().get(1).program()).isEqualTo("스마트 제조 혁신 지원");
        assertThat(reading.lines().get(1).isNew()).isFalse();
    }

    @Test
    void renamedMinistriesFollowTheFiscalYear() {
        Table table = Tables.of(
                "사업명\t'16년도 예산\t주관부처",
                "정보통신 진흥\t5,000\t과기정통부",
                "창업 지원\t3,000\t중기부");
        TableReading reading = reader.read(table, Contexts.of(null, null, "백만원"));
        assertThat(reading.lines()).extracting(BudgetLine::ministry).containsExactly("미래창조과학부", "중소기업청");
        assertThat(reading.lines()).allSatisfy(l -> assertThat(l.fiscalYear()).isEqualTo(2016));
    }

    @Test
    void unitInTheAmountHeaderWins() {
        Table table = Tables.of("사업명\t예산(억원)\t소관", "데이터 댐\t12.5\t과기정통부");
        TableReading reading = reader.read(table, Contexts.of(2022, Measure.PLAN, "백만원"));
        assertThat(reading.lines().get(0).amountKrw()).isEqualByComparingTo(new BigDecimal("1250000000"));
        assertThat(reading.lines().get(0).unitAsWritten()).isEqualTo("억원");
    }

    @Test
    void rowsThatCannotBeReadBecomeFindingsNotLines() {
        Table table = Tables.of(
                "추진 내용\t'20년도 예산\t신규여부\t주관부처",
                "첫째 사업\t1,2345\t계속\t산업부",
                "둘째 사업\t500\t계속\t산업진흥원",
                "셋째 사업\t-\t계속\t산업부",
                "넷째 사업\t700\t계속\t산업부");
        TableReading reading = reader.read(table, Contexts.of(2020, Measure.PLAN, "백만원"));
        assertThat(reading.lines()).extracting(BudgetLine::program).containsExactly("넷째 사업");
        assertThat(reading.findings()).extracting(Finding::rule)
                .containsExactly("number.malformed", "ministry.unresolved", "line.amount_missing");
        assertThat(reading.findings().get(0).rawText()).isEqualTo("1,2345");
        assertThat(reading.findings().get(0).source().ref()).isEqualTo("t0/r1/c1");
        assertThat(reading.findings().get(1).rawText()).isEqualTo("산업진흥원");
        assertThat(reading.findings().get(1).message()).contains("row 2");
    }

    @Test
    void ministriesRunTogetherKeepTheLineWithoutAMinistry() {
        Table table = Tables.of("추진 내용\t'20년도 예산\t신규여부\t주관부처", "공동 사업\t1,000\t계속\t산업부과기부");
        TableReading reading = reader.read(table, Contexts.of(2020, Measure.PLAN, "백만원"));
        assertThat(reading.lines()).singleElement().satisfies(l -> {
            assertThat(l.ministry()).isNull();
            assertThat(l.ministryAsWritten()).isEqualTo("산업부과기부");
        });
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ministry.ambiguous");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("산업통상자원부", "과학기술정보통신부");
        });
    }

    @Test
    void anImplementingAgencyWhereTheMinistryBelongsKeepsTheLineAsWritten() {
        Table table = Tables.of("사업명\t예산\t주관부처", "소재부품 기술개발\t3,000\t한국산업기술평가관리원");
        TableReading reading = reader.read(table, Contexts.of(2021, Measure.PLAN, "백만원"));
        // never resolved to the ministry that usually funds it: kept without a ministry, as printed
        assertThat(reading.lines()).singleElement().satisfies(l -> {
            assertThat(l.ministry()).isNull();
            assertThat(l.ministryAsWritten()).isEqualTo("한국산업기술평가관리원");
            assertThat(l.amountKrw()).isEqualByComparingTo(new BigDecimal("3000000000"));
        });
        assertThat(reading.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ministry.implementer");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.rawText()).isEqualTo("한국산업기술평가관리원");
        });
    }

    @Test
    void agencyInParenthesesGivesItsMinistry() {
        Table table = Tables.of("사업명\t예산\t주관부처", "표준 기반 구축\t2,000\t산업부(국표원)");
        TableReading reading = reader.read(table, Contexts.of(2021, Measure.PLAN, "백만원"));
        assertThat(reading.lines().get(0).ministry()).isEqualTo("산업통상자원부");
        assertThat(reading.lines().get(0).ministryAsWritten()).isEqualTo("산업부(국표원)");
    }

    @Test
    void withoutAnyUnitNothingIsGuessed() {
        Table table = Tables.of("사업명\t예산\t주관부처", "표준 기반 구축\t2,000\t산업부");
        TableReading reading = reader.read(table, Contexts.of(2021, Measure.PLAN, null));
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.findings()).extracting(Finding::rule).containsExactly("unit.missing");
    }

    @Test
    void withoutYearOrMeasureTheTableIsNotRead() {
        Table table = Tables.of("사업명\t예산\t주관부처", "표준 기반 구축\t2,000\t산업부");
        TableReading reading = reader.read(table, Contexts.of(null, null, "백만원"));
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.findings()).singleElement().extracting(Finding::rule).isEqualTo("context.unknown");
    }

    @Test
    void repeatedHeaderIsSkippedAndTheTotalRowIsTheTargetTotal() {
        Table table = Tables.of(
                "추진 내용\t'20년도 예산\t신규여부\t주관부처",
                "가 사업\t1,000\t계속\t산업부",
                "추진 내용\t'20년도 예산\t신규여부\t주관부처",
                "나 사업\t2,500\t신규\t환경부",
                "소계\t3,500\t\t");
        TableReading reading = reader.read(table, Contexts.underTarget(2020, Measure.PLAN, "백만원", "2-1"));
        assertThat(reading.lines()).hasSize(2);
        assertThat(reading.lines()).allSatisfy(l -> {
            assertThat(l.policyAreaCode()).isEqualTo("2-1");
            assertThat(l.policyArea()).isEqualTo("융합 신산업 규제완화");
        });
        assertThat(reading.totals()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TotalKind.TARGET);
            assertThat(t.policyAreaCode()).isEqualTo("2-1");
            assertThat(t.amountKrw()).isEqualByComparingTo(new BigDecimal("3500000000"));
        });
    }

    @Test
    void otherTablesAreNotProjectLists() {
        assertThat(reader.recognises(Tables.of("추진과제\t담당부처\t일정", "데이터 표준화\t산업부\t'20~'25"))).isFalse();
        assertThat(reader.recognises(Tables.of("부처명\t투자실적", "환경부\t254.60"))).isFalse();
    }

    @Test
    void twoYearColumnsGiveALineEachWithTheirOwnYearAndMeasure() {
        // given a list printing last year's actual beside this year's budget
        Table table = Tables.of(
                "사업명\t'22년 실적\t'23년 예산\t주관부처",
                "극한소재 실증 기반 구축\t-\t3,000\t산업부",
                "디자인 혁신역량 강화\t50,480\t52,000\t산업부");
        TableReading reading = reader.read(table, Contexts.of(2023, Measure.PLAN, "백만원"));
        // then a blank cell is no line and no finding while the other year is printed
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.lines()).extracting(BudgetLine::fiscalYear, BudgetLine::measure).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2023, Measure.PLAN),
                org.assertj.core.groups.Tuple.tuple(2022, Measure.ACTUAL),
                org.assertj.core.groups.Tuple.tuple(2023, Measure.PLAN));
        assertThat(reading.lines().get(1).amountKrw()).isEqualByComparingTo(new BigDecimal("50480000000"));
    }

    @Test
    void twoAmountColumnsWithoutYearsAreNotGuessed() {
        Table table = Tables.of("사업명\t예산\t실적\t주관부처", "가 사업\t100\t90\t산업부");
        TableReading reading = reader.read(table, Contexts.of(2023, Measure.PLAN, "백만원"));
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.findings()).extracting(Finding::rule).containsExactly("context.unknown", "context.unknown");
    }

    @Test
    void aTargetColumnPlacesEachRow() {
        Table table = Tables.of(
                "성과목표\t사업명\t'21년 예산\t소관부처",
                "융합형 인력 양성\t산업전문인력역량강화\t80,213\t산업부",
                "\t콘텐츠분야 인재 육성\t19,080\t문체부",
                "주력 분야 선정 후 집중투자\t첨단도로교통체계\t211,154\t국토부");
        TableReading reading = reader.read(table, Contexts.underTarget(2021, Measure.PLAN, "백만원", "1-1"));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.lines()).extracting(BudgetLine::policyAreaCode).containsExactly("3-3", "3-3", "3-2");
        assertThat(reading.lines().get(2).policyArea()).isEqualTo("주력 분야 선정 후 집중투자");
    }

    @Test
    void numberingRowsInsideTheTablePlaceTheRowsBelow() {
        // given a list whose targets are rows spanning the table, as HWP tables print them
        Table table = Tables.grid(5, 4)
                .row(0, 0, "사업명", "예산", "신규여부", "주관부처")
                .cell(1, 0, 1, 4, "1-3 공공부문 선도 수요창출")
                .row(2, 0, "공공구매제도 운영", "6,496", "계속", "중기부")
                .cell(3, 0, 1, 4, "2-1 융합 신산업 규제완화")
                .row(4, 0, "신기술제품인증", "2,614", "계속", "산업부")
                .build();
        TableReading reading = reader.read(table, Contexts.of(2020, Measure.PLAN, "백만원"));
        assertThat(reading.findings()).isEmpty();
        assertThat(reading.lines()).extracting(BudgetLine::policyAreaCode).containsExactly("1-3", "2-1");
        assertThat(reading.lines().get(1).policyArea()).isEqualTo("융합 신산업 규제완화");
    }
}
