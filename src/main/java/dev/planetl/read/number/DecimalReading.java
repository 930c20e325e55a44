package dev.planetl.read.number;

import java.math.BigDecimal;

/**
 * A plain printed number without unit, such as a share {@code 14.91} or a task count {@code 28}.
 *
 * @param raw the text as printed
 * @param value the number, or null when blank or failed
 * @param failure why the text could not be read, or null
 */
public record DecimalReading(String raw, BigDecimal value, String failure) {

    public boolean isBlank() {
        return value == null && failure == null;
    }

    public boolean isFailed() {
        return failure != null;
    }
}
