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
     * @param rule {@code number.malformed}, {@code unit.missing}, {@code unit.unknown}, {@code number.magnitude} or
     *     {@code number.out_of_range}
     * @param reason a sentence saying what is wrong
     */
    record Failed(String raw, String rule, String reason) implements AmountReading {
    }

    String MALFORMED = "number.malformed";
    String UNIT_MISSING = "unit.missing";
    String UNIT_UNKNOWN = "unit.unknown";
    /** A number word that may or may not multiply the table's unit ({@code 2 천} in an 억원 table). */
    String MAGNITUDE = "number.magnitude";
    /** A value no single cell can plausibly hold in its currency ({@code vocab/units.tsv} ceiling). */
    String OUT_OF_RANGE = "number.out_of_range";
}
