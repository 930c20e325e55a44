package dev.planetl.truth;

import dev.planetl.truth.PlanTruth.Fact;
import dev.planetl.truth.PlanTruth.Line;
import dev.planetl.truth.PlanTruth.Total;
import dev.planetl.truth.TruthComparison.LandedFact;
import dev.planetl.truth.TruthComparison.LandedLine;
import dev.planetl.truth.TruthComparison.LandedTotal;
import dev.planetl.truth.TruthComparison.Missing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison OtherPlansIngestIT relies on: a wrong amount or key is wrong, a null attribute only missing. */
class TruthComparisonTest {

    private static final BigDecimal A = new BigDecimal("82000000000");
    private static final PlanTruth TRUTH = new PlanTruth("t",
            List.of(new Line("① 반도체 첨단패키징 핵심기술개발", "산업통상자원부", 2023, "plan", A, "false", "1", "초격차")),
            List.of(new Total("goal", "1", "", 2023, "plan", A)),
            List.of(new Fact("< 표 >", "전략1 초격차 › 반도체 첨단패키징 핵심기술개발", "2023년 예산", 2023, "plan", "KRW", A,
                    false)));

    @Test
    void theSameFiguresWithWrappedSpacesAndNoEnumerationMarkMatchEveryTruthRow() {
        TruthComparison c = TruthComparison.compare(TRUTH,
                List.of(new LandedLine("반도체 첨단패키징 핵심 기술개발", "산업통상자원부", 2023, "plan",
                        new BigDecimal("82000000000.00"), false, "1")),
                List.of(new LandedTotal("goal", "1", null, 2023, "plan", A)),
                List.of(new LandedFact("전략1 초격차 › 반도체 첨단패키징 핵심기술 개발", "2023년 예산", 2023, "plan", "KRW", A,
                        false)));
        assertThat(c.wrong()).isEmpty();
        assertThat(c.missing()).isEmpty();
    }

    @Test
    void aDifferentAmountYearMinistryOrAreaIsWrongAndLeavesTheTruthRowMissing() {
        TruthComparison c = TruthComparison.compare(TRUTH,
                List.of(new LandedLine("반도체 첨단패키징 핵심기술개발", "산업통상자원부", 2023, "plan",
                        A.add(BigDecimal.ONE), false, "1"),
                        new LandedLine("반도체 첨단패키징 핵심기술개발", "과학기술정보통신부", 2023, "plan", A, false, "1"),
                        new LandedLine("반도체 첨단패키징 핵심기술개발", "산업통상자원부", 2024, "plan", A, false, "1")),
                List.of(new LandedTotal("goal", "2", null, 2023, "plan", A)),
                List.of(new LandedFact("전략1 초격차 › 반도체 첨단패키징 핵심기술개발", "2023년 예산", 2023, "actual", "KRW", A,
                        false)));
        assertThat(c.wrong()).hasSize(5);
        assertThat(c.missing()).extracting(Missing::kind).containsExactly("line", "total", "fact");
    }

    @Test
    void aLineWithoutItsPolicyAreaIsNoWrongFigureButAGapSayingWhatItLacks() {
        TruthComparison c = TruthComparison.compare(TRUTH,
                List.of(new LandedLine("반도체 첨단패키징 핵심기술개발", "산업통상자원부", 2023, "plan", A, false, null)),
                List.of(), null);
        assertThat(c.wrong()).isEmpty();
        assertThat(c.missing()).containsExactly(
                new Missing("line", "① 반도체 첨단패키징 핵심기술개발 | 2023 | plan", "lands without policy_area_code"),
                new Missing("total", "goal | 1 |  | 2023 | plan", ""));
    }

    @Test
    void aFigureLandedTwiceWhereThePlanPrintsItOnceIsWrongOnce() {
        LandedTotal twice = new LandedTotal("goal", "1", null, 2023, "plan", A);
        TruthComparison c = TruthComparison.compare(TRUTH, List.of(), List.of(twice, twice), null);
        assertThat(c.wrong()).hasSize(1);
    }
}
