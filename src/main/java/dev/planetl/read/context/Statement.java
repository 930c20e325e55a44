package dev.planetl.read.context;

import dev.planetl.read.Measure;

/**
 * What one line says about the figures under it: a fiscal year, a measure, or both.
 *
 * @param fiscalYear the one year the line names, or null when it names none or several
 * @param measure plan or actual when the line's words say so unambiguously, or null
 */
public record Statement(Integer fiscalYear, Measure measure) {

    public static Statement none() {
        return new Statement(null, null);
    }

    public boolean hasYear() {
        return fiscalYear != null;
    }
}
