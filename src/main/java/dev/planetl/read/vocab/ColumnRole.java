package dev.planetl.read.vocab;

import java.util.Locale;

/** What a column of a budget table holds, as its header names it. */
public enum ColumnRole {
    PROGRAM, AMOUNT, STATUS, MINISTRY, SHARE, TASK_COUNT, TOTAL, SUBTOTAL, TARGET, GOAL;

    /** The role's name as written in {@code header-synonyms.tsv}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
