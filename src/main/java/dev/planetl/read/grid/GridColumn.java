package dev.planetl.read.grid;

import dev.planetl.read.Measure;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.ColumnRole;

import java.util.List;

/**
 * One column of a table as the general model reads it.
 *
 * @param index zero-based grid column
 * @param path the header labels above it, top row first, a merged header counted once
 * @param kind what its body cells are
 * @param named true when a header word or a year names it an amount column, false when it is one only because it
 *     holds numbers under a header that names nothing else
 * @param total true for a 합계/계/총계/소계 column
 * @param fiscalYear the year its amounts belong to, or null when unknown
 * @param measure plan or actual, or null when unknown
 * @param unit the unit its plain numbers are read in, or null when none is printed
 * @param role the role of a column that is never an amount (ministry, status, share, …), or null
 */
public record GridColumn(int index, List<String> path, Kind kind, boolean named, boolean total, Integer fiscalYear,
                         Measure measure, Unit unit, ColumnRole role) {

    public GridColumn {
        path = List.copyOf(path);
    }

    /** What a column's body cells are. */
    public enum Kind {
        /** Row labels: they build the row paths. */
        LABEL,
        /** Amounts: each cell is a fact. */
        AMOUNT,
        /** A printed difference of two amount columns: checked, not a fact. */
        CHANGE,
        /** Never an amount and no row label: ministry, status, share, rate, count, serial number, remarks, unit. */
        OTHER
    }
}
