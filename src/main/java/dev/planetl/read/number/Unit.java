package dev.planetl.read.number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The unit a printed number is read in: a currency and the power of ten its printed numbers are multiplied by.
 * {@code 백만원} is KRW × 10^6, {@code 억 원} KRW × 10^8, {@code 유로} EUR × 1.
 *
 * @param asWritten the unit as printed, e.g. {@code 억 원}
 * @param currency ISO 4217 code, never null
 * @param exponent the power of ten one printed unit is worth in the currency's base unit
 */
public record Unit(String asWritten, String currency, int exponent) {

    public Unit {
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(currency, "currency");
        if (exponent < 0) {
            throw new IllegalArgumentException("negative unit exponent " + exponent);
        }
    }

    /** Won, one each. */
    public static Unit won() {
        return new Unit("원", "KRW", 0);
    }

    /** The amount in the currency's base unit (won for KRW), exact. */
    public BigDecimal toBase(BigDecimal printed) {
        return printed.scaleByPowerOfTen(exponent).stripTrailingZeros();
    }
}
