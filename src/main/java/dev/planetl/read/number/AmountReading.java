package dev.planetl.read.number;

import java.util.Objects;

/** What reading one printed value gave: an amount, nothing printed, or a failure the caller turns into a finding. */
public sealed interface AmountReading permits AmountReading.Read, AmountReading.Blank, AmountReading.Failed {

    /** A value was read. */
    record Read(Amount amount) implements AmountReading {
        public Read {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Nothing printed: an empty cell or a dash. Not zero. */
    record Blank(String raw) implements AmountReading {
    }

    /**
     * The text could not be read with certainty.
     *
     * @param raw the text as printed
     * @param rule {@code number.malformed} or {@code unit.missing}
     * @param reason a sentence saying what is wrong
     */
    record Failed(String raw, String rule, String reason) implements AmountReading {
    }

    String MALFORMED = "number.malformed";
    String UNIT_MISSING = "unit.missing";
    String UNIT_UNKNOWN = "unit.unknown";
}
