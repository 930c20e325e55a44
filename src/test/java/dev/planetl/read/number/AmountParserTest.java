package dev.planetl.read.number;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTest {

    private final AmountParser parser = AmountParser.standard();
    private final Unit eok = parser.units().parseUnit("억원").orElseThrow();
    private final Unit million = parser.units().parseUnit("백만원").orElseThrow();

    private Amount read(String text, Unit unit) {
        AmountReading reading = parser.parse(text, unit);
        assertThat(reading).as(text).isInstanceOf(AmountReading.Read.class);
        return ((AmountReading.Read) reading).amount();
    }

    private static BigDecimal won(String digits) {
        return new BigDecimal(digits);
    }

    @Test
    void tableNumberInEokIsExactWon() {
        // given a cell of a table whose unit line says 억원
        // when it is read
        Amount a = read("8,616.82", eok);
        // then it is 861,682,000,000 won exactly, in the table's unit
        assertThat(a.value()).isEqualByComparingTo(won("861682000000"));
        assertThat(a.currency()).isEqualTo("KRW");
        assertThat(a.unitAsWritten()).isEqualTo("억원");
        assertThat(a.asWritten()).isEqualTo("8,616.82");
    }

    @Test
    void millionWonTableNumber() {
        Amount a = read("446,764", million);
        assertThat(a.value()).isEqualByComparingTo(won("446764000000"));
        assertThat(a.unitAsWritten()).isEqualTo("백만원");
    }

    @Test
    void koreanNumberWordsAddUp() {
        assertThat(read("3조 3,365억원", null).value()).isEqualByComparingTo(won("3336500000000"));
        assertThat(read("1조 1,654억원", null).value()).isEqualByComparingTo(won("1165400000000"));
        assertThat(read("2조 769억원", null).value()).isEqualByComparingTo(won("2076900000000"));
    }

    @Test
    void decimalWithMagnitude() {
        assertThat(read("4.53조원", null).value()).isEqualByComparingTo(won("4530000000000"));
        Amount a = read("59.2억원", null);
        assertThat(a.value()).isEqualByComparingTo(won("5920000000"));
        assertThat(a.unitAsWritten()).isEqualTo("억원");
    }

    @Test
    void foreignCurrencyIsKeptInItsOwnUnit() {
        Amount euro = read("148억 3천만 유로", null);
        assertThat(euro.currency()).isEqualTo("EUR");
        assertThat(euro.value()).isEqualByComparingTo(won("14830000000"));
        assertThat(read("2,500만 달러", null).currency()).isEqualTo("USD");
        assertThat(read("2,500만 달러", null).value()).isEqualByComparingTo(won("25000000"));
        assertThat(read("1,200억엔", null).currency()).isEqualTo("JPY");
        assertThat(read("30억 위안", null).currency()).isEqualTo("CNY");
        assertThat(read("350 USD", null).value()).isEqualByComparingTo(won("350"));
    }

    @Test
    void cellUnitWinsOverTableUnit() {
        // a 백만원 table whose cell prints its own unit
        Amount a = read("12억원", million);
        assertThat(a.value()).isEqualByComparingTo(won("1200000000"));
        assertThat(a.unitAsWritten()).isEqualTo("억원");
    }

    @Test
    void unitWrittenWithSpace() {
        Amount a = read("24.74 억 원", null);
        assertThat(a.value()).isEqualByComparingTo(won("2474000000"));
        assertThat(read("5,000 천원", null).value()).isEqualByComparingTo(won("5000000"));
    }

    @Test
    void valueWithShare() {
        Amount a = read("5,521.27 (15.98)", eok);
        assertThat(a.value()).isEqualByComparingTo(won("552127000000"));
        assertThat(a.sharePct()).isEqualByComparingTo("15.98");
        assertThat(read("32,682.70 (100)", eok).sharePct()).isEqualByComparingTo("100");
        assertThat(read("1,202.24(3.68%)", eok).sharePct()).isEqualByComparingTo("3.68");
    }

    @Test
    void dashAndEmptyAreNothingNotZero() {
        assertThat(parser.parse("-", eok)).isInstanceOf(AmountReading.Blank.class);
        assertThat(parser.parse("", eok)).isInstanceOf(AmountReading.Blank.class);
        assertThat(parser.parse(null, eok)).isInstanceOf(AmountReading.Blank.class);
        assertThat(parser.parse(" – ", eok)).isInstanceOf(AmountReading.Blank.class);
    }

    @Test
    void malformedNumbersAreNeverGuessed() {
        for (String bad : List.of("966.11.00", "1,23", "12,3456", "8.616,82", "3조 5", "3,365억 3조원", "3조 12,000억원",
                "약 300", "1.2.3")) {
            AmountReading r = parser.parse(bad, eok);
            assertThat(r).as(bad).isInstanceOf(AmountReading.Failed.class);
            assertThat(((AmountReading.Failed) r).rule()).as(bad).isEqualTo(AmountReading.MALFORMED);
            assertThat(((AmountReading.Failed) r).raw()).isEqualTo(bad);
        }
    }

    @Test
    void aWordAfterTheNumberThatIsNoKnownUnitFailsAsUnitUnknown() {
        for (String bad : List.of("300파운드", "300 명", "12 루블")) {
            AmountReading r = parser.parse(bad, eok);
            assertThat(r).as(bad).isInstanceOf(AmountReading.Failed.class);
            assertThat(((AmountReading.Failed) r).rule()).as(bad).isEqualTo(AmountReading.UNIT_UNKNOWN);
        }
    }

    @Test
    void numberWithoutAnyUnitFailsAsUnitMissing() {
        AmountReading r = parser.parse("2,474", null);
        assertThat(r).isInstanceOf(AmountReading.Failed.class);
        assertThat(((AmountReading.Failed) r).rule()).isEqualTo(AmountReading.UNIT_MISSING);
    }

    @Test
    void negativeSigns() {
        assertThat(read("△1,234", million).value()).isEqualByComparingTo(won("-1234000000"));
        assertThat(read("-12.5", eok).value()).isEqualByComparingTo(won("-1250000000"));
    }

    @Test
    void amountsInProse() {
        // given sentences of the kind plans print
        String s = "('24) 8,295억원 → ('25) 8,272억원(884개 과제), (’25~’28, ‘25년 43.2억), 2만 5천TEU급 선박, 148억 3천만 유로";
        // when amounts are looked for
        List<AmountParser.Found> found = parser.findAll(s);
        // then only the amounts with a unit are found, TEU counts are not money
        assertThat(found).extracting(f -> f.amount().asWritten())
                .containsExactly("8,295억원", "8,272억원", "43.2억", "148억 3천만 유로");
        assertThat(found.get(2).currencyPrinted()).isFalse();
        assertThat(found.get(2).amount().value()).isEqualByComparingTo(won("4320000000"));
        assertThat(found.get(3).amount().currency()).isEqualTo("EUR");
        assertThat(s.substring(found.get(1).start(), found.get(1).end())).isEqualTo("8,272억원");
    }

    @Test
    void plainDecimals() {
        assertThat(parser.parseDecimal("14.91").value()).isEqualByComparingTo("14.91");
        assertThat(parser.parseDecimal("28").value()).isEqualByComparingTo("28");
        assertThat(parser.parseDecimal("15.98%").value()).isEqualByComparingTo("15.98");
        assertThat(parser.parseDecimal("-").isBlank()).isTrue();
        assertThat(parser.parseDecimal("2.2.1").isFailed()).isTrue();
    }

    @Test
    void fullWidthDigitsAndCounters() {
        assertThat(read("１，２３４．５", eok).value()).isEqualByComparingTo(won("123450000000"));
        assertThat(read("１，２３４．５", eok).asWritten()).isEqualTo("１，２３４．５");
        assertThat(parser.parseDecimal("28개").value()).isEqualByComparingTo("28");
        assertThat(parser.parseDecimal("12 건").value()).isEqualByComparingTo("12");
        assertThat(parser.parseDecimal("12개사").isFailed()).isTrue();
    }
}
