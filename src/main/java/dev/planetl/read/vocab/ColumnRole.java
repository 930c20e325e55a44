package dev.planetl.read.vocab;

import java.util.Locale;

/**
 * What a column of a budget table holds, as its header names it. CHANGE (증감, 증감률), SERIAL (연번) and NOTE (비고)
 * columns are never amounts.
 */
public enum ColumnRole {
    PROGRAM, AMOUNT, STATUS, MINISTRY, SHARE, TASK_COUNT, TOTAL, SUBTOTAL, TARGET, GOAL, CHANGE, SERIAL, NOTE;

    /** The role's name as written in {@code header-synonyms.tsv}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
