package dev.planetl.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An equation a table prints: a total cell is the sum of its parts (a 합계 row or column, a 소계 closing its group),
 * or a 증감 cell is the difference of two year columns. The readers state what the table's layout says; validation
 * checks the arithmetic.
 *
 * @param rule {@code table.row_total}, {@code table.column_total} or {@code table.change}
 * @param scope what is summed, for a person: {@code p3/t2 합계 row, column 2024 예산}
 * @param fiscalYear the year of the figures, or null when the cells name none
 * @param measure plan or actual, or null
 * @param total the printed result
 * @param plus the cells added
 * @param minus the cells subtracted (the earlier year of a 증감)
 */
public record PrintedSum(String rule, String scope, Integer fiscalYear, Measure measure, Term total, List<Term> plus,
                         List<Term> minus) {

    public static final String ROW_TOTAL = "table.row_total";
    public static final String COLUMN_TOTAL = "table.column_total";
    public static final String CHANGE = "table.change";

    public PrintedSum {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(total, "total");
        plus = List.copyOf(plus);
        minus = List.copyOf(minus);
    }

    /**
     * One printed figure of the equation.
     *
     * @param source the cell
     * @param value its amount in the currency's base unit; zero for a dash (nothing printed)
     * @param currency ISO 4217 code
     * @param halfStep half the smallest step its printing can show, in the base unit: the rounding it may carry
     */
    public record Term(SourceRef source, BigDecimal value, String currency, BigDecimal halfStep) {
        public Term {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(halfStep, "halfStep");
        }
    }
}
