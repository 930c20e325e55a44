package dev.planetl.read.number;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class AmountRoundTripTest {

    private final AmountParser parser = AmountParser.standard();
    /** 1,000조원: more than any one cell of a Korean budget table can hold (the contract of issue 9). */
    private static final BigDecimal KRW_CEILING = BigDecimal.TEN.pow(15);

    private static String grouped(BigDecimal n, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(n);
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("원", "천원", "백만원", "억원", "억 원", "조원");
    }

    @Property
    void printedWithGroupingCommasReadsBack(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long cents,
                                            @ForAll("units") String unitWord) {
        // given a value in hundredths printed in a unit with grouping commas
        Unit unit = parser.units().parseUnit(unitWord).orElseThrow();
        BigDecimal printed = BigDecimal.valueOf(cents, 2);
        String text = grouped(printed, 2);
        // when it is read back in the table's unit
        AmountReading r = parser.parse(text, unit);
        // then above 1,000조원 (vocab/units.tsv ceiling) no one cell holds it: a finding, printed inline or not
        if (printed.scaleByPowerOfTen(unit.exponent()).compareTo(KRW_CEILING) > 0) {
            assertThat(((AmountReading.Failed) r).rule()).isEqualTo(AmountReading.OUT_OF_RANGE);
            assertThat(((AmountReading.Failed) parser.parse(text + unitWord, null)).rule())
                    .isEqualTo(AmountReading.OUT_OF_RANGE);
            return;
        }
        // else it is the value times the unit, exactly
        assertThat(r).isInstanceOf(AmountReading.Read.class);
        assertThat(((AmountReading.Read) r).amount().value())
                .isEqualByComparingTo(printed.scaleByPowerOfTen(unit.exponent()));
        // and the same with the unit printed beside the number
        AmountReading inline = parser.parse(text + unitWord, null);
        assertThat(((AmountReading.Read) inline).amount().value())
                .isEqualByComparingTo(printed.scaleByPowerOfTen(unit.exponent()));
    }

    @Property
    void koreanNumberWordsRoundTrip(@ForAll @LongRange(min = 1, max = 9_999_9999_9999_9999L) long won) {
        // given an amount in won written in 조 / 억 / 만 groups with commas, as plans print it
        StringBuilder text = new StringBuilder();
        long[] scales = {1_0000_0000_0000L, 1_0000_0000L, 1_0000L, 1L};
        String[] words = {"조", "억", "만", ""};
        long rest = won;
        for (int i = 0; i < scales.length; i++) {
            long part = rest / scales[i];
            rest %= scales[i];
            if (part > 0) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(grouped(BigDecimal.valueOf(part), 0)).append(words[i]);
            }
        }
        String written = text + (won % 1_0000L == 0 ? "원" : "");
        // when read without a table unit
        AmountReading r = parser.parse(written, null);
        // then a chain ending in 만/억/조 gives the won back; a trailing bare number is refused, never guessed
        if (won % 1_0000L == 0 && BigDecimal.valueOf(won).compareTo(KRW_CEILING) > 0) {
            assertThat(((AmountReading.Failed) r).rule()).isEqualTo(AmountReading.OUT_OF_RANGE);
        } else if (won % 1_0000L == 0) {
            assertThat(((AmountReading.Read) r).amount().value()).isEqualByComparingTo(BigDecimal.valueOf(won));
        } else if (won >= 1_0000L) {
            assertThat(r).isInstanceOf(AmountReading.Failed.class);
        }
    }

    @Property
    void thousandTenThousandForms(@ForAll @LongRange(min = 1, max = 9999) long eok,
                                  @ForAll @LongRange(min = 1, max = 9) long cheonman) {
        // 148억 3천만 유로 style
        String written = grouped(BigDecimal.valueOf(eok), 0) + "억 " + cheonman + "천만 유로";
        Amount a = ((AmountReading.Read) parser.parse(written, null)).amount();
        assertThat(a.currency()).isEqualTo("EUR");
        assertThat(a.value()).isEqualByComparingTo(BigDecimal.valueOf(eok * 1_0000_0000L + cheonman * 1000_0000L));
    }

    @Property
    void doubledDecimalPointNeverReads(@ForAll @LongRange(min = 0, max = 99_999_999L) long cents,
                                       @ForAll @LongRange(min = 0, max = 99) long tail) {
        String text = grouped(BigDecimal.valueOf(cents, 2), 2) + "." + String.format(Locale.ROOT, "%02d", tail);
        assertThat(parser.parse(text, Unit.won())).isInstanceOf(AmountReading.Failed.class);
    }
}
