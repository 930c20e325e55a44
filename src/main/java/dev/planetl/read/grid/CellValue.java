package dev.planetl.read.grid;

import dev.planetl.read.PrintedSum;
import dev.planetl.read.number.Amount;

import java.math.BigDecimal;

/**
 * What one body cell of an amount or change column holds for the arithmetic: an amount, nothing (a dash or an
 * empty cell, zero in a sum), or something that cannot take part in a sum (unreadable, a percent).
 *
 * @param term the cell as a term of a printed sum, or null when it cannot take part in one
 * @param amount the amount read, or null for a blank or unreadable cell
 */
record CellValue(PrintedSum.Term term, Amount amount) {

    static final CellValue UNUSABLE = new CellValue(null, null);

    boolean usable() {
        return term != null;
    }

    static CellValue blank(dev.planetl.read.SourceRef source) {
        return new CellValue(new PrintedSum.Term(source, BigDecimal.ZERO, null, BigDecimal.ZERO), null);
    }
}
