package dev.planetl.read.prose;

import dev.planetl.read.BudgetMention;
import dev.planetl.read.Finding;
import dev.planetl.read.MentionKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetMentionReaderTest {

    private final BudgetMentionReader reader = new BudgetMentionReader();

    private BudgetMentionReader.Result read(int planYear, String... lines) {
        return reader.read(LineDocuments.of(lines), planYear);
    }

    private static BudgetMention only(BudgetMentionReader.Result r) {
        assertThat(r.mentions()).hasSize(1);
        return r.mentions().get(0);
    }

    @Test
    void programWithBareTwoDigitYearAndAmount() {
        var r = read(2023, " - * 퍼스널 모빌리티 플랫폼 핵심기술 개발 및 실증(23, 59.2억원), AI 기반 스마트하우스 플랫폼 및"
                + " 서비스 기술개발(23, 32.6억원)");
        assertThat(r.mentions()).extracting(BudgetMention::subject)
                .containsExactly("퍼스널 모빌리티 플랫폼 핵심기술 개발 및 실증", "AI 기반 스마트하우스 플랫폼 및 서비스 기술개발");
        BudgetMention first = r.mentions().get(0);
        assertThat(first.fiscalYear()).isEqualTo(2023);
        assertThat(first.periodStart()).isEqualTo(2023);
        assertThat(first.periodEnd()).isEqualTo(2023);
        assertThat(first.kind()).isEqualTo(MentionKind.ANNUAL);
        assertThat(first.amount()).isEqualByComparingTo(new BigDecimal("5920000000"));
        assertThat(first.amountAsWritten()).isEqualTo("59.2억원");
        assertThat(first.currency()).isEqualTo("KRW");
        assertThat(first.source().provenance().line()).isEqualTo(1);
    }

    @Test
    void periodTotalAndYearFigureInOneParenthesis() {
        var r = read(2025, "* 시스템반도체 검증지원센터 구축사업(‘24~’28, 208억, ‘25년 24억)");
        assertThat(r.mentions()).hasSize(2);
        BudgetMention total = r.mentions().get(0);
        assertThat(total.kind()).isEqualTo(MentionKind.MULTI_YEAR_TOTAL);
        assertThat(total.fiscalYear()).isNull();
        assertThat(total.periodStart()).isEqualTo(2024);
        assertThat(total.periodEnd()).isEqualTo(2028);
        assertThat(total.amount()).isEqualByComparingTo(new BigDecimal("20800000000"));
        BudgetMention annual = r.mentions().get(1);
        assertThat(annual.kind()).isEqualTo(MentionKind.ANNUAL);
        assertThat(annual.fiscalYear()).isEqualTo(2025);
        assertThat(annual.amount()).isEqualByComparingTo(new BigDecimal("2400000000"));
        assertThat(annual.subject()).isEqualTo("시스템반도체 검증지원센터 구축사업");
    }

    @Test
    void yearTaggedSeriesGivesOneFigurePerYearAndCountsAreNotMoney() {
        var r = read(2025, "* 소재부품패키지형 R&D : ('24) 8,295억원 → ('25) 8,272억원(884개 과제)");
        assertThat(r.mentions()).extracting(BudgetMention::fiscalYear).containsExactly(2024, 2025);
        assertThat(r.mentions()).extracting(BudgetMention::amountAsWritten).containsExactly("8,295억원", "8,272억원");
        assertThat(r.mentions()).extracting(BudgetMention::subject).containsOnly("소재부품패키지형 R&D");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void nationalShareOfAPeriodTotalTakesItsParentsSubject() {
        var r = read(2023, "- 탄소 다배출 업종 중심으로 감축 효과가 높은 핵심기술 중심으로 지원",
                " - * '23~'30년(총8년), 총 9,352억원(국비 6,947억원)지원");
        assertThat(r.mentions()).extracting(BudgetMention::kind)
                .containsExactly(MentionKind.MULTI_YEAR_TOTAL, MentionKind.NATIONAL_SHARE);
        assertThat(r.mentions()).allSatisfy(m -> {
            assertThat(m.periodStart()).isEqualTo(2023);
            assertThat(m.periodEnd()).isEqualTo(2030);
            assertThat(m.fiscalYear()).isNull();
            assertThat(m.subject()).isEqualTo("탄소 다배출 업종 중심으로 감축 효과가 높은 핵심기술 중심으로 지원");
        });
        assertThat(r.mentions().get(1).amount()).isEqualByComparingTo(new BigDecimal("694700000000"));
    }

    @Test
    void fourDigitYearAndForeignCurrency() {
        BudgetMention m = only(read(2020, "○ 미국의 과학공학 연구개발 지출은 2018년 250억", "달러로 2017년 회계연도에 비해 3% 증가"));
        assertThat(m.fiscalYear()).isEqualTo(2018);
        assertThat(m.currency()).isEqualTo("USD");
        assertThat(m.amount()).isEqualByComparingTo(new BigDecimal("25000000000"));
        assertThat(m.subject()).isEqualTo("미국의 과학공학 연구개발 지출");
    }

    @Test
    void anAmountCutFromItsCurrencyByALineBreakIsNeverReadAsWon() {
        // the bullet's second line carries the currency: joined, the amount is in dollars; it has no year
        var r = read(2020, "※ 특히 도시 외곽 지역을 대상으로 5G 통신망을 구축하기 위해 10년간 204억", "달러를 투자할 예정");
        assertThat(r.mentions()).isEmpty();
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("mention.year.missing");
        assertThat(r.findings().get(0).message()).contains("204억 달러");
    }

    @Test
    void amountsThatCannotBePlacedBecomeFindingsWithTheSentence() {
        var r = read(2025,
                "ㅇ 기술사업화 CVC펀드 500억원 규모 조성",
                "* (’24년 지원) 538개 기업(2,220억원) 대출 실행",
                "* 공공연 창업기획 및 사업화 지원(’25년 기업당 0.3억원 지원)",
                "- 알파벳이 183억 유로(약 23조 6천억 원)를 투자",
                "Ÿ (지원 규모) (`23)8,129억원 → (`24)8,295억원",
                "ㅇ 국가첨단전략산업 기술혁신융자 확대((’24) 900 → (’25) 1,200억원)",
                "* 무역수지 : ('18) 180억 달러 → ('22) △240억 달러",
                "- 2025년 중국의 5G 투자액은 1.52조 위안에 달할 것으로 예상",
                "- 2020년 5G관련 총 투자액은 약 0.9만억 위안이 될 것");
        assertThat(r.findings()).extracting(Finding::rule).contains("mention.year.missing", "mention.context.unclear",
                "mention.per_unit", "mention.equivalent", "mention.subject.unclear", "mention.unit.missing",
                "mention.not_budget", "mention.negative", "mention.number.malformed");
        assertThat(r.mentions()).extracting(BudgetMention::amountAsWritten).containsExactly("1,200억원");
        assertThat(r.findings()).allSatisfy(f -> {
            assertThat(f.rawText()).isNotBlank();
            assertThat(f.source()).isNotNull();
        });
    }

    @Test
    void aYearFarFromThePlanYearIsAFinding() {
        var r = read(2025, "* 노후 장비 교체 사업('98, 12억원)");
        assertThat(r.mentions()).isEmpty();
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("mention.year.suspicious");
    }

    @Test
    void twoDifferentYearsAroundAnAmountAreAmbiguous() {
        var r = read(2023, "** 극한소재 One-Stop 실증 기반 구축 착수(23년 신규, 3,096.5억원(23~28))");
        assertThat(r.mentions()).isEmpty();
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("mention.year.ambiguous");
    }

    @Test
    void yearBeforeTheAmountInProseAndTrailingYearTag() {
        var r = read(2025, "ㅇ 철강 등 온실가스 多배출 4대 업종* 친환경 전환에 '25년 1,286억원을",
                "투입하여 친환경 원료 제조 기술개발 등 추진",
                "ㅇ 소재부품패키지형R&D(소재부품기술개발사업)에 2,776억원(’24) 투입");
        assertThat(r.mentions()).extracting(BudgetMention::fiscalYear).containsExactly(2025, 2024);
        assertThat(r.mentions()).extracting(BudgetMention::subject)
                .containsExactly("철강 등 온실가스 多배출 4대 업종* 친환경 전환", "소재부품패키지형R&D(소재부품기술개발사업)");
    }

    @Test
    void privateShareIsOtherAndNationalShareIsMarked() {
        var r = read(2025, "* (규모) 산업혁신기반구축사업 178억원(‘24~’28, 국고 100억원, 민간 78억원)");
        assertThat(r.mentions()).extracting(BudgetMention::kind).containsExactly(MentionKind.MULTI_YEAR_TOTAL,
                MentionKind.NATIONAL_SHARE, MentionKind.OTHER);
        assertThat(r.mentions()).extracting(BudgetMention::subject).containsOnly("산업혁신기반구축사업");
    }

    @Test
    void storedSentencesAreMasked() {
        var r = read(2025, "ㅇ 사업 설명회 개최('25년 3억원) 문의 홍길동 사무관 02-123-4567");
        BudgetMention m = only(r);
        assertThat(m.sentence()).doesNotContain("홍길동", "123-4567").contains("○○○", "***-****-****");
        assertThat(m.source().raw()).isEqualTo(m.sentence());
    }

    @Test
    void aSentenceWithoutMoneyGivesNothing() {
        var r = read(2025, "ㅇ 리빙랩 확대('24년 6개 → '25년 10개) 및 실증 안착 컨설팅 추진('25.下~)");
        assertThat(r.mentions()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void unreadableAmountsAreNeverLoaded() {
        List<BudgetMention> mentions = read(2020, "* 경제대책 재정투자(’19년 약 13.2조 엔, 37만 1,306달러)").mentions();
        assertThat(mentions).extracting(BudgetMention::amountAsWritten).containsExactly("13.2조 엔");
        assertThat(mentions.get(0).currency()).isEqualTo("JPY");
    }

    @Test
    void yearAfterTheAmountInTheSameParenthesis() {
        BudgetMention m = only(read(2020, "* 실감형 콘텐츠 산업 육성(869억원, '20) 등"));
        assertThat(m.fiscalYear()).isEqualTo(2020);
        assertThat(m.subject()).isEqualTo("실감형 콘텐츠 산업 육성");
    }

    @Test
    void twoLoneYearsInOneParenthesisLeaveTheAmountUnplaced() {
        var r = read(2020, "* 실감형 콘텐츠 산업 육성(869억원, '19, '20)");
        assertThat(r.mentions()).isEmpty();
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("mention.year.missing");
    }

    @Test
    void countSeriesWithoutUnitsAreNotMoneyAndRaiseNothing() {
        var r = read(2020, "* 산학공동 프로젝트(건) : ('18) 95 → ('19) 114 / 참여기업(社) : ('18) 54 → ('19) 67");
        assertThat(r.mentions()).isEmpty();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void anyQuoteMarkBeforeATwoDigitYear() {
        var r = read(2024, "* 가 사업(′24, 10억원), 나 사업(＇25년 20억원), 다 사업(`23, 30억원), 라 사업(´22, 40억원)");
        assertThat(r.mentions()).extracting(BudgetMention::fiscalYear).containsExactly(2024, 2025, 2023, 2022);
    }

    @Test
    void aFootnotedItemBeforeAndIsNotPartOfTheSubject() {
        BudgetMention m = only(read(2025, "ㅇ (국제협력) 세계 최고 연구기관 內 6개 기술협력센터 구축* 및 노벨상",
                "수상자 등과 글로벌 협력과제 48개 선정·추진('24년, 395억원)"));
        assertThat(m.subject()).isEqualTo("노벨상 수상자 등과 글로벌 협력과제 48개 선정·추진");
        assertThat(m.fiscalYear()).isEqualTo(2024);
    }
}
