package dev.planetl.read.number;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A printed amount read exactly.
 *
 * @param value the amount in its currency's base unit (won for KRW), exact
 * @param currency ISO 4217 code
 * @param asWritten the text as printed, trimmed
 * @param unitAsWritten the unit it was read in: printed beside the number, else the table's unit; e.g. {@code 억원}
 * @param sharePct the share printed after it in parentheses, {@code 5,521.27 (15.98)}, or null
 */
public record Amount(BigDecimal value, String currency, String asWritten, String unitAsWritten, BigDecimal sharePct) {

    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asWritten, "asWritten");
        Objects.requireNonNull(unitAsWritten, "unitAsWritten");
    }
}
