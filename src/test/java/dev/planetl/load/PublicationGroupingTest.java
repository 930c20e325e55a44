package dev.planetl.load;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationGroupingTest {

    private static Publisher.Candidate file(long id, String title, String issuer) {
        return new Publisher.Candidate(id, "sha" + id, title, "f" + id, issuer, 0, 0, 0);
    }

    @Test
    void filesOfUnknownYearAreNeverMerged() {
        // given: the 2024 annual and the 2025 quarterly FDI press releases, both titled alike, year unknown
        var annual = file(1, "해외직접투자 동향", "기획재정부");
        var quarterly = file(2, "해외직접투자 동향", "기획재정부");

        // when
        var groups = PublicationGrouping.group(List.of(annual, quarterly), null, c -> Map.of());

        // then
        assertThat(groups).hasSize(2).allSatisfy(g -> {
            assertThat(g.members()).hasSize(1);
            assertThat(g.reason()).contains("plan year is unknown");
        });
    }

    @Test
    void renderingsOfOnePlanMergeAndSayWhy() {
        var hwp = file(1, "2025년 반도체 실행계획", "과학기술정보통신부");
        var pdf = file(2, "2025년  반도체 실행계획", null);
        Map<Long, Map<String, BigDecimal>> totals = Map.of(
                1L, Map.of("grand 2025 budget", new BigDecimal("100"), "goal 2025 budget", new BigDecimal("40")),
                2L, Map.of("grand 2025 budget", new BigDecimal("100")));

        var groups = PublicationGrouping.group(List.of(hwp, pdf), 2025, c -> totals.get(c.id()));

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.members()).containsExactly(hwp, pdf);
            assertThat(g.reason()).isEqualTo("same title and plan year 2025, issuer 과학기술정보통신부;"
                    + " 1 of 1 printed totals in common agree");
        });
    }

    @Test
    void sameTitleButAnotherIssuerOrOtherFiguresIsAnotherPublication() {
        var a = file(1, "시행계획", "과학기술정보통신부");
        var b = file(2, "시행계획", "산업통상자원부");
        var c = file(3, "시행계획", "과학기술정보통신부");
        Map<Long, Map<String, BigDecimal>> totals = Map.of(
                1L, Map.of("grand 2025 budget", new BigDecimal("100"), "goal 1 2025 budget", new BigDecimal("60"),
                        "goal 2 2025 budget", new BigDecimal("40")),
                2L, Map.of("grand 2025 budget", new BigDecimal("100")),
                3L, Map.of("grand 2025 budget", new BigDecimal("250"), "goal 1 2025 budget", new BigDecimal("150"),
                        "goal 2 2025 budget", new BigDecimal("100")));

        var groups = PublicationGrouping.group(List.of(a, b, c), 2025, x -> totals.get(x.id()));

        assertThat(groups).hasSize(3).allSatisfy(g -> assertThat(g.reason()).isNull());
        assertThat(groups).extracting(PublicationGrouping.Group::key).doesNotHaveDuplicates();
    }

    @Test
    void aFewDisagreeingFiguresAreAMisprintToReportNotAnotherPlan() {
        var a = file(1, "시행계획", "과학기술정보통신부");
        var b = file(2, "시행계획", "과학기술정보통신부");
        Map<Long, Map<String, BigDecimal>> totals = Map.of(
                1L, Map.of("grand 2025 budget", new BigDecimal("100")),
                2L, Map.of("grand 2025 budget", new BigDecimal("101")));

        var groups = PublicationGrouping.group(List.of(a, b), 2025, x -> totals.get(x.id()));

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).reason()).contains("0 of 1 printed totals in common agree");
    }
}
