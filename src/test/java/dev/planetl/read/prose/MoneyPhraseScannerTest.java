package dev.planetl.read.prose;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyPhraseScannerTest {

    private final MoneyPhraseScanner scanner = new MoneyPhraseScanner();

    private MoneyPhrase only(String text) {
        List<MoneyPhrase> found = scanner.scan(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void koreanNumberWordsComposeExactly() {
        MoneyPhrase total = only("범부처 투자규모는 총 3조 4,561억원");
        assertThat(total.asWritten()).isEqualTo("3조 4,561억원");
        assertThat(total.amount()).isEqualByComparingTo(new BigDecimal("3456100000000"));
        assertThat(total.currency()).isEqualTo("KRW");
        assertThat(total.unitImplied()).isFalse();
    }

    @Test
    void bareEokIsWonWhenAPlanLeavesWonOut() {
        List<MoneyPhrase> found = scanner.scan("시스템반도체 검증지원센터 구축사업(‘24~’28, 208억, ‘25년 24억)");
        assertThat(found).extracting(MoneyPhrase::asWritten).containsExactly("208억", "24억");
        assertThat(found.get(0).amount()).isEqualByComparingTo(new BigDecimal("20800000000"));
        assertThat(found).allMatch(MoneyPhrase::unitImplied);
    }

    @Test
    void foreignCurrenciesAreKeptUnconverted() {
        assertThat(only("삼성전자 R&D 투자는 148억 3천만 유로").amount()).isEqualByComparingTo(new BigDecimal("14830000000"));
        assertThat(only("삼성전자 R&D 투자는 148억 3천만 유로").currency()).isEqualTo("EUR");
        assertThat(only("예산으로 9,550억 엔을 반영").currency()).isEqualTo("JPY");
        assertThat(only("총 예산은 1억 4000만 달러이며").amount()).isEqualByComparingTo(new BigDecimal("140000000"));
        assertThat(only("기업 경비 규모는 77.44억 위안에 달함").currency()).isEqualTo("CNY");
    }

    @Test
    void aLastPartWithoutNumberWordIsLeftUnreadRatherThanMisread() {
        // the shared AmountParser reads number words down to the last magnitude; 37만 1,306 is returned unread
        MoneyPhrase phrase = only("37만 1,306달러 가치");
        assertThat(phrase.asWritten()).isEqualTo("37만 1,306달러");
        assertThat(phrase.amount()).isNull();
    }

    @Test
    void countsSharesAndOtherUnitsAreNotMoney() {
        assertThat(scanner.scan("(884개 과제), 1,667명, 5.5%, 40건, 49개社, 100MW, 8.16억명, 1억 UPH급, 2만 5천TEU급"))
                .isEmpty();
    }

    @Test
    void aWordThatOnlyStartsLikeACurrencyIsNotOne() {
        assertThat(scanner.scan("300억 엔지니어링")).isEmpty();
    }

    @Test
    void chineseStackedUnitsAreReturnedUnread() {
        MoneyPhrase odd = only("총 투자액은 약 0.9만억 위안이 될 것");
        assertThat(odd.amount()).isNull();
        assertThat(odd.currency()).isEqualTo("CNY");
    }

    @Test
    void amountSplitByALineBreakJoinedWithASpaceReadsWhole() {
        assertThat(only("10년간 204억 달러를 투자할 예정").amount()).isEqualByComparingTo(new BigDecimal("20400000000"));
    }

    @Test
    void millionWonUnit() {
        assertThat(only("기업당 최대 15백만원").amount()).isEqualByComparingTo(new BigDecimal("15000000"));
    }
}
