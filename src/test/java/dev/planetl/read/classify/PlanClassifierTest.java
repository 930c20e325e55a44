package dev.planetl.read.classify;

import dev.planetl.read.Finding;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.prose.LineDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanClassifierTest {

    private final PlanClassifier classifier = new PlanClassifier();

    private PlanClassifier.Classification classify(String... lines) {
        return classifier.classify(LineDocuments.of(lines));
    }

    @Test
    void annualPlanWithTwoDigitYearInTitle() {
        PlanInfo p = classify("제2차 산업융합발전 기본계획 '20년도 실행계획", "2020. 7.", "관계부처 합동", "목 차").plan();
        assertThat(p.title()).isEqualTo("제2차 산업융합발전 기본계획 '20년도 실행계획");
        assertThat(p.planYear()).isEqualTo(2020);
        assertThat(p.series()).isEqualTo("산업융합발전 실행계획");
        assertThat(p.issuer()).isEqualTo("관계부처 합동");
        assertThat(p.date()).isEqualTo("2020. 7.");
    }

    @Test
    void titleOnTwoLinesAndIssuerFromTheSubmitter() {
        var c = classify("의안번호 제 2 호", "2025. 5. 30.", "제8차 산업기술혁신계획('24∼'28)", "2025년도 시행계획(안)",
                "국가과학기술자문회의", "제 출 자 산업통상자원부 산업기술정책과", "- 1 -", "1. 의결주문");
        assertThat(c.plan().title()).isEqualTo("제8차 산업기술혁신계획('24∼'28) 2025년도 시행계획(안)");
        assertThat(c.plan().planYear()).isEqualTo(2025);
        assertThat(c.plan().series()).isEqualTo("산업기술혁신계획 시행계획");
        assertThat(c.plan().issuer()).isEqualTo("산업통상자원부");
        assertThat(c.findings()).isEmpty();
    }

    @Test
    void summaryBeforeTheTitlePagePrefersTheTitleBesideTheDate() {
        PlanInfo p = classify("2023년 산업융합발전 실행계획 요약본", "< '23년 실행계획 추진 방향 >",
                "2023년도 산업융합발전 실행계획", "2023. 7.", "관계부처 합동", "목 차").plan();
        assertThat(p.title()).isEqualTo("2023년도 산업융합발전 실행계획");
        assertThat(p.planYear()).isEqualTo(2023);
    }

    @Test
    void strategyTakesTheYearOfItsDate() {
        PlanInfo p = classify("한국판 뉴딜 관계장관회의", "20-2", "디지털 기반 산업 혁신성장 전략", "2020. 8. 20.",
                "관계부처 합동", "목 차").plan();
        assertThat(p.series()).isEqualTo("전략");
        assertThat(p.planYear()).isEqualTo(2020);
        assertThat(p.date()).isEqualTo("2020. 8. 20.");
    }

    @Test
    void trendReportWithoutDateHasNoYearAndAFinding() {
        var c = classify(" Ⅰ 주요국 스마트시티 정책 및 사례 동향", "① 개요", "4차 산업혁명 기술의 확산과 함께");
        assertThat(c.plan().series()).isEqualTo("동향 보고서");
        assertThat(c.plan().title()).isEqualTo("주요국 스마트시티 정책 및 사례 동향");
        assertThat(c.plan().planYear()).isNull();
        assertThat(c.findings()).extracting(Finding::rule).containsExactly("plan.year.unknown");
    }

    @Test
    void trendReportWithADateTakesItsYear() {
        PlanInfo p = classify("글로벌 반도체 정책 동향", "2021. 3.").plan();
        assertThat(p.planYear()).isEqualTo(2021);
    }

    @Test
    void annualPlanWithoutYearInTitleIsNotGivenTheDatesYear() {
        var c = classify("산업융합발전 실행계획", "2020. 12.", "목 차");
        assertThat(c.plan().planYear()).isNull();
        assertThat(c.findings()).extracting(Finding::rule).containsExactly("plan.year.unknown");
    }

    @Test
    void unknownDocumentIsUnknownWithAFinding() {
        var c = classify("회의 자료", "참고 사항");
        assertThat(c.plan().series()).isNull();
        assertThat(c.plan().planYear()).isNull();
        assertThat(c.findings()).hasSize(1);
    }
}
