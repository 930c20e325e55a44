package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A {@code 구분 | 부처} table names its rows in the 구분 column and the ministry of each row beside it: a project list
 * (or an area list) with a ministry per row, not a table of ministry totals. Figures are the tables' own: each 소계
 * is the sum of the lines above it, 합계 the sum of the 소계s.
 */
class RowsBesideMinistryTest {

    private static final BigDecimal MILLION = new BigDecimal("1000000");

    private final ProjectTableReader projects = new ProjectTableReader(Contexts.VOCABULARIES);
    private final MinistryTotalsTableReader ministries = new MinistryTotalsTableReader(Contexts.VOCABULARIES);
    private final AreaRowsTableReader areas = new AreaRowsTableReader(Contexts.VOCABULARIES);

    /** Area heading rows over circled-numbered projects, each with its ministry; 300 + 100 = 400, 320 + 90 = 410. */
    private static Table sectorProjects() {
        return Tables.of(
                "구분\t부처\t2024년 예산\t2025년 예산(안)\t증감",
                "1. 물관리\t\t\t\t",
                "① 하천 정비\t환경부\t300\t320\t20",
                "② 해양보호구역 관리\t해수부\t100\t90\t△10",
                "소계\t\t400\t410\t10",
                "2. 생태계\t\t\t\t",
                "① 산림 복원\t산림청\t50\t60\t10",
                "소계\t\t50\t60\t10",
                "합계\t\t450\t470\t20");
    }

    @Test
    void projectsUnderAreaHeadingsAreLinesWithTheirRowsMinistry() {
        Table table = sectorProjects();
        assertThat(ministries.recognises(table)).as("no ministry totals: the rows are projects").isFalse();
        assertThat(projects.recognises(table)).isTrue();

        TableReading reading = projects.read(table, Contexts.of(2025, Measure.PLAN, "백만원"));

        assertThat(reading.findings()).isEmpty();
        // the circled number is the project's place in its area's list, not part of its name; 환경부 of FY2025 is
        // the body in force at the end of 2025 (기후에너지환경부 since 2025-10-01)
        assertThat(reading.lines()).extracting(BudgetLine::program, BudgetLine::fiscalYear, BudgetLine::ministry,
                        BudgetLine::ministryAsWritten, BudgetLine::policyAreaCode, BudgetLine::policyArea,
                        l -> l.amountKrw().divide(MILLION))
                .containsExactly(
                        tuple("하천 정비", 2024, "환경부", "환경부", "1", "물관리", new BigDecimal(300)),
                        tuple("하천 정비", 2025, "기후에너지환경부", "환경부", "1", "물관리", new BigDecimal(320)),
                        tuple("해양보호구역 관리", 2024, "해양수산부", "해수부", "1", "물관리", new BigDecimal(100)),
                        tuple("해양보호구역 관리", 2025, "해양수산부", "해수부", "1", "물관리", new BigDecimal(90)),
                        tuple("산림 복원", 2024, "산림청", "산림청", "2", "생태계", new BigDecimal(50)),
                        tuple("산림 복원", 2025, "산림청", "산림청", "2", "생태계", new BigDecimal(60)));
        // 2. 생태계 is an area whose name ends in 계, not a total; each 소계 closes its area, 합계 the table
        assertThat(reading.totals()).extracting(ReportedTotal::kind, ReportedTotal::policyAreaCode,
                        ReportedTotal::fiscalYear, t -> t.amountKrw().divide(MILLION))
                .containsExactly(
                        tuple(TotalKind.GOAL, "1", 2024, new BigDecimal(400)),
                        tuple(TotalKind.GOAL, "1", 2025, new BigDecimal(410)),
                        tuple(TotalKind.GOAL, "2", 2024, new BigDecimal(50)),
                        tuple(TotalKind.GOAL, "2", 2025, new BigDecimal(60)),
                        tuple(TotalKind.GRAND, null, 2024, new BigDecimal(450)),
                        tuple(TotalKind.GRAND, null, 2025, new BigDecimal(470)));
    }

    @Test
    void areasEachWithALeadMinistryAreAreaTotals() {
        // given numbered areas, each its own row with its lead ministry, no heading over them: 400 + 50 = 450
        Table table = Tables.of(
                "구분\t주관부처\t2024년 예산\t2025년 예산(안)",
                "1. 물관리\t환경부\t400\t410",
                "2. 생태계\t산림청\t50\t60",
                "합계\t\t450\t470");
        assertThat(projects.recognises(table)).as("the rows are areas, not projects").isFalse();
        assertThat(ministries.recognises(table)).as("the figures are the areas', not the ministries'").isFalse();
        assertThat(areas.recognises(table)).isTrue();

        TableReading reading = areas.read(table, Contexts.of(2025, Measure.PLAN, "억원"));

        assertThat(reading.findings()).isEmpty();
        assertThat(reading.totals()).extracting(ReportedTotal::kind, ReportedTotal::policyAreaCode,
                        ReportedTotal::ministry, ReportedTotal::fiscalYear)
                .containsExactly(tuple(TotalKind.GOAL, "1", null, 2024), tuple(TotalKind.GOAL, "1", null, 2025),
                        tuple(TotalKind.GOAL, "2", null, 2024), tuple(TotalKind.GOAL, "2", null, 2025),
                        tuple(TotalKind.GRAND, null, null, 2024), tuple(TotalKind.GRAND, null, null, 2025));
    }

    @Test
    void aLabelMergedDownOverSeveralMinistriesLeavesTheMinistriesTheRowsSubject() {
        // given a strategy merged down over the ministries that spend in it: each row is a ministry's figure
        Table table = Tables.grid(4, 3)
                .row(0, 0, "구분", "부처", "2024년 예산")
                .cell(1, 0, 2, 1, "전략1 소재 자립").row(1, 1, "과기정통부", "100")
                .row(2, 1, "산업부", "50")
                .row(3, 0, "합계", "", "150")
                .build();
        assertThat(projects.recognises(table)).isFalse();
        assertThat(ministries.recognises(table)).isTrue();
    }

    @Test
    void aTrailing계IsATotalOnlyAsAWordOfItsOwn() {
        assertThat(List.of("2. 생태계", "Ⅲ. 생태계", "① 산림생태계"))
                .allMatch(l -> RowLabels.total(Contexts.VOCABULARIES.headers(), l) == RowLabels.Total.NONE);
        assertThat(List.of("전략1 계", "전략1계", "1. 인재 양성 소계", "전략Ⅱ 소계"))
                .allMatch(l -> RowLabels.total(Contexts.VOCABULARIES.headers(), l) == RowLabels.Total.GROUP);
        assertThat(RowLabels.withoutItemMark("① 산림생태계 복원")).isEqualTo("산림생태계 복원");
        assertThat(RowLabels.withoutItemMark("1-1 소재기술개발")).isEqualTo("1-1 소재기술개발");
    }
}
