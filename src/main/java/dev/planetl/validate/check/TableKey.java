package dev.planetl.validate.check;

import dev.planetl.read.ReportedTotal;
import dev.planetl.validate.Period;

/** A table of the document and the period its figures belong to. */
public record TableKey(int tableIndex, Period period) {

    /** @return the table the total is printed in, or null when it stands outside any table */
    public static TableKey of(ReportedTotal total) {
        if (total.source() == null || total.source().provenance().tableIndex() == null) return null;
        return new TableKey(total.source().provenance().tableIndex(), Period.of(total));
    }

    /** {@code 2019 actual / t3}. */
    public String label() {
        return period.label() + " / t" + tableIndex;
    }
}
