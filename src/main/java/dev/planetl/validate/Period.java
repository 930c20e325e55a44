package dev.planetl.validate;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.Measure;
import dev.planetl.read.ReportedTotal;

/** A fiscal year and measure: figures are only ever compared within one. */
public record Period(int fiscalYear, Measure measure) {

    public static Period of(BudgetLine line) {
        return new Period(line.fiscalYear(), line.measure());
    }

    public static Period of(ReportedTotal total) {
        return new Period(total.fiscalYear(), total.measure());
    }

    /** {@code 2020 plan}, {@code 2019 actual}. */
    public String label() {
        return fiscalYear + " " + (measure == null ? "unknown measure" : measure.code());
    }
}
