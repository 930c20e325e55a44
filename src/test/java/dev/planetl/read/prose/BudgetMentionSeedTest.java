package dev.planetl.read.prose;

import dev.planetl.read.BudgetMention;
import dev.planetl.read.Finding;
import dev.planetl.read.MentionKind;
import dev.planetl.read.classify.PlanClassifier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The budget mention reader over the seed documents, through the text extractor. */
class BudgetMentionSeedTest {

    private static final Set<String> CURRENCY_WORDS = Set.of("원", "억", "조", "달러", "유로", "엔", "위안");

    private static BudgetMentionReader.Result read(String seed) {
        var document = LineDocuments.seed(seed);
        Integer year = new PlanClassifier().classify(document).plan().planYear();
        return new BudgetMentionReader().read(document, year);
    }

    private static void assertYearly(List<BudgetMention> mentions, String subject, int year, String asWritten,
                                     String won) {
        assertThat(mentions).as("%s %d %s", subject, year, asWritten).anySatisfy(m -> {
            assertThat(m.subject()).isEqualTo(subject);
            assertThat(m.fiscalYear()).isEqualTo(year);
            assertThat(m.kind()).isEqualTo(MentionKind.ANNUAL);
            assertThat(m.amountAsWritten()).isEqualTo(asWritten);
            assertThat(m.amount()).isEqualByComparingTo(new BigDecimal(won));
        });
    }

    @Test
    void seed002SupplyChainFiguresOfBothYears() {
        List<BudgetMention> m = read("002_051c73b7d6606d90.txt").mentions();
        assertYearly(m, "소재부품패키지형 R&D", 2024, "8,295억원", "829500000000");
        assertYearly(m, "소재부품패키지형 R&D", 2025, "8,272억원", "827200000000");
        assertYearly(m, "공급망안정 R&D", 2024, "766억원", "76600000000");
        assertYearly(m, "공급망안정 R&D", 2025, "1,210억원", "121000000000");
        assertYearly(m, "민간투자연계형 R&D", 2024, "1,698억원", "169800000000");
        assertYearly(m, "민간투자연계형 R&D", 2025, "2,858억원", "285800000000");
        // the task counts printed beside them are not money
        assertThat(m).noneMatch(x -> x.amountAsWritten().contains("과제"));
    }

    @Test
    void seed001MentionsOfThe2023PlanWithTheirPrograms() {
        // section III '23년도 중점 추진계획: every (23, …억원) figure of its programs
        List<BudgetMention> m = read("001_69b5d0863f4d8d05.txt").mentions();
        assertYearly(m, "퍼스널 모빌리티 플랫폼 핵심기술 개발 및 실증", 2023, "59.2억원", "5920000000");
        assertYearly(m, "AI기반 스마트하우스 플랫폼 및 서비스 기술개발", 2023, "32.6억원", "3260000000");
        assertYearly(m, "IoT가전 빅데이터 활용지원 사업", 2023, "19.6억원", "1960000000");
        assertYearly(m, "3대 스타일 분야(패션·뷰티·리빙) 대상 AI·IoT·3D프린팅 등 첨단기술 융합 지원", 2023, "14.7억원",
                "1470000000");
        assertYearly(m, "해양수산 빅데이터 공동활용-해양공간 통합관리 정보시스템 구축", 2023, "21.3억원", "2130000000");
        assertYearly(m, "환경정보 융합 빅데이터 플랫폼 구축, 환경데이터 분석·활용 공모전", 2023, "17.5억원", "1750000000");
        assertYearly(m, "친환경 선박 전주기 혁신기술개발", 2023, "113억원", "11300000000");
        assertYearly(m, "클라우드 기반 디지털 엔지니어링 통합 빅데이터 구축", 2023, "78억원", "7800000000");
        assertYearly(m, "빅데이터 활용 마이스터 로봇화 기반구축 사업", 2023, "58.3억원", "5830000000");
        assertYearly(m, "적합성인증 인증기준 개발 지원", 2023, "9.6억원", "960000000");
        assertThat(m).anySatisfy(x -> {
            assertThat(x.subject()).endsWith("극한소재 One-Stop 실증기반 구축 착수");
            assertThat(x.kind()).isEqualTo(MentionKind.MULTI_YEAR_TOTAL);
            assertThat(x.periodStart()).isEqualTo(2023);
            assertThat(x.periodEnd()).isEqualTo(2028);
            assertThat(x.amount()).isEqualByComparingTo(new BigDecimal("309650000000"));
        });
        // 융합신제품 개선연구 지원(26개 과제, 15.6억원) prints no year: a finding, not a mention
        assertThat(m).noneMatch(x -> x.amountAsWritten().equals("15.6억원"));
    }

    @Test
    void seed004ForeignCurrencyIsKeptAndSplitNumbersGiveNoWrongAmount() {
        BudgetMentionReader.Result r = read("004_9f4da27ab622e286.txt");
        assertThat(r.mentions()).allSatisfy(x -> {
            assertThat(x.currency()).isIn("KRW", "USD", "EUR", "JPY", "CNY");
            // a trend report never leaves 원 out: every amount ends in a printed currency word
            assertThat(x.amountAsWritten()).matches(".*(원|달러|유로|엔|위안)$");
        });
        assertThat(r.mentions()).anySatisfy(x -> {
            assertThat(x.currency()).isEqualTo("USD");
            assertThat(x.fiscalYear()).isEqualTo(2018);
            assertThat(x.amount()).isEqualByComparingTo(new BigDecimal("25000000000"));
        });
        assertThat(r.mentions()).anySatisfy(x -> {
            assertThat(x.currency()).isEqualTo("CNY");
            assertThat(x.amountAsWritten()).isEqualTo("77.44억 위안");
            assertThat(x.amount()).isEqualByComparingTo(new BigDecimal("7744000000"));
        });
        // 204억 / 달러 split over two lines: read as dollars, and with no year it is a finding
        assertThat(r.mentions()).noneMatch(x -> x.amountAsWritten().startsWith("204억"));
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.message()).contains("'204억 달러'"));
        // Won equivalents printed beside foreign amounts are not second mentions
        assertThat(r.mentions()).noneMatch(x -> x.amountAsWritten().equals("33조 4천억원"));
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("mention.number.malformed"));
    }

    @Test
    void seed002ContactBlockLeavesNoPersonalDataInStoredText() {
        BudgetMentionReader.Result r = read("002_051c73b7d6606d90.txt");
        for (BudgetMention m : r.mentions()) {
            assertThat(m.sentence()).doesNotContain("kairos56", "4515", "조영길");
        }
        for (Finding f : r.findings()) {
            assertThat(f.rawText()).doesNotContain("kairos56", "4515", "조영길");
        }
    }

    @Test
    void everyFindingNamesItsPlaceAndSentence() {
        for (String seed : List.of("000_c6a735280eeffe22.txt", "001_69b5d0863f4d8d05.txt",
                "002_051c73b7d6606d90.txt", "003_ec70c1f9ee5d3b28.txt", "004_9f4da27ab622e286.txt")) {
            BudgetMentionReader.Result r = read(seed);
            assertThat(r.findings()).allSatisfy(f -> {
                assertThat(f.rule()).startsWith("mention.");
                assertThat(f.rawText()).isNotBlank();
                assertThat(f.source().provenance().line()).isNotNull();
            });
            assertThat(r.mentions()).allSatisfy(m -> {
                assertThat(m.subject()).isNotBlank();
                assertThat(m.periodStart()).isLessThanOrEqualTo(m.periodEnd());
                assertThat(m.amount().signum()).isPositive();
                assertThat(CURRENCY_WORDS.stream().anyMatch(m.amountAsWritten()::contains)).isTrue();
                if (m.kind() == MentionKind.ANNUAL) {
                    assertThat(m.fiscalYear()).isEqualTo(m.periodStart()).isEqualTo(m.periodEnd());
                }
            });
        }
    }
}
