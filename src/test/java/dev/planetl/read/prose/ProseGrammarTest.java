package dev.planetl.read.prose;

import dev.planetl.read.BudgetMention;
import dev.planetl.read.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that keep prose amounts from being read off digit runs: a law article is no amount, a quoted
 * two-digit year glued to an amount is split only where the split is certain, and statistics are no budget.
 * Lines are the documents' own (kps-ai.hwp, 디지털 정부혁신 추진계획.hwp, the FDI press releases).
 */
class ProseGrammarTest {

    private final MoneyPhraseScanner scanner = new MoneyPhraseScanner();
    private final BudgetMentionReader reader = new BudgetMentionReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "「개인정보 보호법」 제50조, 제35조에 따라 처리한다",
            "「전자정부법」 제35조의2, 제 56조 및 시행령 제3조제1항",
            "제1조(목적) 이 법은 …",
            "동법 제10조·제12조, 제 5 조"})
    void lawArticlesAreNoAmounts(String line) {
        assertThat(scanner.scan(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "정부 예산 50조, 지방비 35조|50조;35조",
            "총 사업비 672,300,000원(부가세 포함)|672,300,000원",
            "제2차 계획 예산 1조 2,000억원|1조 2,000억원"})
    void amountsNextToTheRuleStayAmounts(String line, String expected) {
        assertThat(scanner.scan(line)).extracting(MoneyPhrase::asWritten).containsExactly(expected.split(";"));
    }

    @Test
    void aGluedYearSplitsWhereTheNumberOnlyParsesThatWayOrTheDocumentPrintsTheFigure() {
        // given: the line of 디지털 정부혁신 추진계획, and the 1조 7,421억원 the plan prints elsewhere
        var r = reader.read(LineDocuments.of(
                "ㅇ 전자정부 예산 : ‘12104억→’181조 7,421억원",
                "ㅇ 디지털정부 예산은 ’18년 1조 7,421억원으로 확대"), 2019);

        // then: never 12104억 or 181조
        assertThat(r.mentions()).extracting(BudgetMention::amount)
                .noneMatch(a -> a.compareTo(new BigDecimal("1210400000000")) == 0
                        || a.compareTo(new BigDecimal("181742100000000")) == 0);
        assertThat(r.mentions()).extracting(BudgetMention::amountAsWritten).contains("1조 7,421억원");
        assertThat(r.mentions()).filteredOn(m -> m.amountAsWritten().equals("1조 7,421억원"))
                .allSatisfy(m -> assertThat(m.fiscalYear()).isEqualTo(2018));
        assertThat(r.findings()).extracting(Finding::message).noneMatch(t -> t.contains("'12104억")
                || t.contains("'181조"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the number only parses split: 억 counts to 9,999
            "‘12104억→|true",
            "’24150억원 투입|true",
            // read whole: a well-formed amount in quotes
            "‘100억원’|false",
            "‘1조원 시대’|false"})
    void wellFormedAmounts(String glued, boolean splits) {
        MoneyPhrase whole = scanner.scan(glued.substring(1)).get(0);
        assertThat(GluedYears.wellFormed(whole)).isEqualTo(!splits);
    }

    @Test
    void aGluedFigureNeitherRuleSettlesIsAFindingNotAnAmount() {
        // '21 3조 5,000억원 or 213조 5,000억원: both are written as amounts are
        var r = reader.read(LineDocuments.of("ㅇ 클라우드 전환 예산 : ‘213조 5,000억원 투입"), 2021);

        assertThat(r.mentions()).isEmpty();
        assertThat(r.findings()).extracting(Finding::rule).contains("mention.year.glued");
    }

    @Test
    void aQuotedAmountThatIsPrintedElsewhereIsReadWhole() {
        var r = reader.read(LineDocuments.of("ㅇ ’25년 ‘1,200억원’ 규모의 R&D 투입", "ㅇ ’25년 R&D 1,200억원"), 2025);

        assertThat(r.mentions()).extracting(BudgetMention::amountAsWritten).doesNotContain("200억원");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ㅇ ‘24년 해외직접투자는 639.5억 달러로 전년 대비 1.8% 감소",
            "ㅇ ’24년 1분기 순투자액은 128.7억 달러로 전년 동기 대비 7.0% 감소",
            "ㅇ ’24년 반도체 수출액은 1,419억 달러",
            "ㅇ ’25년 국내 AI 시장 규모는 4조 4,000억원 전망",
            "ㅇ ’24년 전체 매출은 2조 1,000억원"})
    void moneyThatIsNoBudgetIsAFindingSayingWhy(String line) {
        var r = reader.read(LineDocuments.of(line), 2025);

        assertThat(r.mentions()).isEmpty();
        assertThat(r.findings()).extracting(Finding::rule).containsOnly("mention.not_budget");
        assertThat(r.findings()).extracting(Finding::message).allMatch(m -> m.contains("not a budget"));
    }

    @Test
    void aBudgetLineStaysABudget() {
        List<BudgetMention> m = reader.read(LineDocuments.of("ㅇ ’25년 디지털정부 예산 1,286억원"), 2025).mentions();
        assertThat(m).extracting(BudgetMention::amountAsWritten).containsExactly("1,286억원");
    }

    @Test
    void everyAmountOfAStatisticsReleaseIsThatStatisticNotABudget() {
        // given the head of 2024년 연간 해외직접투자 보도자료 (rhwp corpus): its sentences name their own subjects
        var release = reader.read(LineDocuments.of("보도자료", "‘24년 해외직접투자는 639.5억 달러로 전년 대비 1.8% 감소",
                "* ‘24년 전기장비·전자부품 등 제조업(반도체·배터리 포함)의 미국 투자액은 39.2억 달러로 제조업 총투자의 24.2%"),
                2025);
        // and a plan to attract such flows, which names itself no release
        var plan = reader.read(LineDocuments.of("외국인직접투자 유치 지원 계획", "ㅇ ’25년 투자유치 지원 예산 1,286억원"), 2025);

        assertThat(release.mentions()).isEmpty();
        assertThat(release.findings()).extracting(Finding::message)
                .anyMatch(m -> m.contains("a release of '해외직접투자' statistics, not a budget"));
        assertThat(plan.mentions()).extracting(BudgetMention::amountAsWritten).containsExactly("1,286억원");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "* (영국) 클라우드전문계약 도입 후 계약금액 ’18년 1조 7,421억원|영국|2019",
            "ㅇ (美) 국가 AI 연구자원 구축 예산 ’24년 1,400억원|美|2025",
            "- (EU) 디지털 유럽 프로그램 예산 ’25년 1조원|EU|2025"})
    void aFigureOfAnotherCountryIsNoBudgetOfOurs(String line, String country, int planYear) {
        var r = reader.read(LineDocuments.of(line), planYear);

        assertThat(r.mentions()).isEmpty();
        assertThat(r.findings()).extracting(Finding::message)
                .anyMatch(m -> m.contains("another country's ('" + country + "')"));
    }

    @Test
    void aParenthesisThatNamesNoCountryLeavesTheBudgetAlone() {
        var r = reader.read(LineDocuments.of("ㅇ (과기정통부) 클라우드 전환 지원 ’25년 1,200억원"), 2025);

        assertThat(r.mentions()).extracting(BudgetMention::amountAsWritten).containsExactly("1,200억원");
    }
}
