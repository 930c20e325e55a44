package dev.planetl.read.classify;

import dev.planetl.read.Finding;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.prose.LineDocuments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What each seed is, as its title page prints it. */
class PlanClassifierSeedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000_c6a735280eeffe22.txt | 제2차 산업융합발전 기본계획 '20년도 실행계획 | 2020 | 산업융합발전 실행계획 | 관계부처 합동 | 2020. 7.
            001_69b5d0863f4d8d05.txt | 2023년도 산업융합발전 실행계획 | 2023 | 산업융합발전 실행계획 | 관계부처 합동 | 2023. 7.
            002_051c73b7d6606d90.txt | 제8차 산업기술혁신계획('24∼'28) 2025년도 시행계획(안) | 2025 | 산업기술혁신계획 시행계획 | 산업통상자원부 | 2025. 5. 30.
            003_ec70c1f9ee5d3b28.txt | 디지털 기반 산업 혁신성장 전략 | 2020 | 전략 | 관계부처 합동 | 2020. 8. 20.
            004_9f4da27ab622e286.txt | 주요국 스마트시티 정책 및 사례 동향 | - | 동향 보고서 | - | -
            """)
    void seedTitlePages(String seed, String title, Integer year, String series, String issuer, String date) {
        PlanClassifier.Classification c = new PlanClassifier().classify(LineDocuments.seed(seed));
        PlanInfo p = c.plan();
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.planYear()).isEqualTo(year);
        assertThat(p.series()).isEqualTo(series);
        assertThat(p.issuer()).isEqualTo(issuer);
        assertThat(p.date()).isEqualTo(date);
        if (year == null) {
            assertThat(c.findings()).extracting(Finding::rule).containsExactly("plan.year.unknown");
        } else {
            assertThat(c.findings()).isEmpty();
        }
    }
}
