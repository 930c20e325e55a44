package dev.planetl.read.vocab;

import java.util.Locale;

/** What a column of a budget table holds, as its header names it. */
public enum ColumnRole {
    PROGRAM, AMOUNT, STATUS, MINISTRY, SHARE, TASK_COUNT, TOTAL, SUBTOTAL, TARGET, GOAL,
    /** A printed difference of two amount columns (증감): checked, never a fact. */
    CHANGE,
    /** A rate of change (증감률): never an amount. */
    CHANGE_RATE,
    /** A serial number (연번, 순번): never an amount, never a row label. */
    SERIAL,
    /** Remarks (비고). */
    NOTE,
    /** A column stating the unit of its row (단위). */
    UNIT,
    /** A row-label column that names no more than what the rows are (구분, 항목). */
    LABEL;

    /** The role's name as written in {@code header-synonyms.tsv}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
