package dev.planetl.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One amount cell of a table, placed by the paths of its row and column: what {@code warehouse.v_table_fact}
 * holds. Every amount cell of every table becomes one, whether or not a kind reader also took it as a line or total.
 *
 * @param tableRef the table, as {@code p3/t2} or {@code t2} without pages
 * @param rowPath the row's labels, outermost first, as printed (whitespace collapsed)
 * @param columnPath the column's header labels, top row first, as printed
 * @param fiscalYear the year the amount belongs to: from the column path, else the section or caption
 * @param measure plan or actual
 * @param currency ISO 4217 code
 * @param amount exact, in the currency's base unit (won for KRW), negative allowed
 * @param amountAsWritten the cell as printed
 * @param unitAsWritten the unit it was read in
 * @param isTotal whether the cell stands in a total row or total column
 * @param checkStatus {@link CheckStatus#UNCHECKED} as read; validation sets what the table's printed totals say
 * @param source the cell
 */
public record TableFact(String tableRef, List<String> rowPath, List<String> columnPath, int fiscalYear,
                        Measure measure, String currency, BigDecimal amount, String amountAsWritten,
                        String unitAsWritten, boolean isTotal, CheckStatus checkStatus, SourceRef source) {

    /** Joins path labels as the contract prints them. */
    public static final String PATH_SEPARATOR = " › ";

    public TableFact {
        rowPath = List.copyOf(rowPath);
        columnPath = List.copyOf(columnPath);
        Objects.requireNonNull(tableRef, "tableRef");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(amountAsWritten, "amountAsWritten");
        Objects.requireNonNull(checkStatus, "checkStatus");
        Objects.requireNonNull(source, "source");
    }

    public String rowPathText() {
        return String.join(PATH_SEPARATOR, rowPath);
    }

    public String columnPathText() {
        return String.join(PATH_SEPARATOR, columnPath);
    }

    /** KRW amounts in won; null for another currency (no conversion). */
    public BigDecimal amountKrw() {
        return currency.equals("KRW") ? amount : null;
    }

    public TableFact withCheckStatus(CheckStatus status) {
        return new TableFact(tableRef, rowPath, columnPath, fiscalYear, measure, currency, amount, amountAsWritten,
                unitAsWritten, isTotal, status, source);
    }

    /** What the printed totals a fact takes part in say about it. */
    public enum CheckStatus {
        /** Every printed total it takes part in, or that it is, reconciles exactly. */
        PASS,
        /** They reconcile within the printed-precision tolerance only. */
        WITHIN_ROUNDING,
        /** A check it takes part in failed. */
        FAILED,
        /** No printed total covers it. */
        UNCHECKED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
