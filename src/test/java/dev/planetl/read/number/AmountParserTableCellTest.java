package dev.planetl.read.number;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Table cells read in their table's unit: number words, negatives and values no cell can hold. */
class AmountParserTableCellTest {

    private final AmountParser parser = AmountParser.standard();
    private final Unit eok = parser.units().parseUnit("억원").orElseThrow();
    private final Unit billion = parser.units().parseUnit("십억원").orElseThrow();

    private BigDecimal won(String text, Unit unit) {
        AmountReading reading = parser.parse(text, unit);
        assertThat(reading).as(text).isInstanceOf(AmountReading.Read.class);
        return ((AmountReading.Read) reading).amount().value();
    }

    private String failure(String text, Unit unit) {
        AmountReading reading = parser.parse(text, unit);
        assertThat(reading).as(text).isInstanceOf(AmountReading.Failed.class);
        return ((AmountReading.Failed) reading).rule();
    }

    @Test
    void numberWordsAtOrAboveTheTableUnitAreReadAsWritten() {
        // 1조 2,000억 in an 억원 table is 12,000억
        assertThat(won("1조 2,000억", eok)).isEqualByComparingTo(new BigDecimal("1200000000000"));
        assertThat(won("3,500억", eok)).isEqualByComparingTo(new BigDecimal("350000000000"));
    }

    @Test
    void numberWordsBelowTheTableUnitAreFindingsNotWon() {
        assertThat(failure("2 천", eok)).isEqualTo(AmountReading.MAGNITUDE);
        assertThat(failure("5백", eok)).isEqualTo(AmountReading.MAGNITUDE);
        assertThat(failure("1 조 2 천", eok)).isEqualTo(AmountReading.MAGNITUDE);
    }

    @Test
    void aValueNoCellCanHoldIsAFinding() {
        assertThat(failure("99999999999999999999", eok)).isEqualTo(AmountReading.OUT_OF_RANGE);
        // 1,000조원 itself is still a figure
        assertThat(won("10,000,000", eok)).isEqualByComparingTo(new BigDecimal("1000000000000000"));
    }

    @Test
    void everyPrintedNegativeIsANegativeAmount() {
        BigDecimal minus = new BigDecimal("-1802000000000");
        assertThat(won("△1,802", billion)).isEqualByComparingTo(minus);
        assertThat(won("▽1,802", billion)).isEqualByComparingTo(minus);
        assertThat(won("−1,802", billion)).isEqualByComparingTo(minus);
        assertThat(won("-1,802", billion)).isEqualByComparingTo(minus);
        assertThat(won("(1,802)", billion)).isEqualByComparingTo(minus);
        assertThat(won("△ 1,802", billion)).isEqualByComparingTo(minus);
    }

    @Test
    void aDashIsNothingNotZero() {
        assertThat(parser.parse("-", eok)).isInstanceOf(AmountReading.Blank.class);
        assertThat(parser.parse("–", eok)).isInstanceOf(AmountReading.Blank.class);
    }
}
