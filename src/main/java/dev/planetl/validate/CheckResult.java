package dev.planetl.validate;

import dev.planetl.read.Measure;
import dev.planetl.read.SourceRef;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one cross-check: what the document prints, what its own figures add up to, and whether the two
 * agree within what the printed precision allows.
 *
 * @param rule the check's stable name, e.g. {@code total.row} or {@code reconcile.target}
 * @param scope what was checked, for a person: {@code 2020 plan / target 1-2}
 * @param fiscalYear the year of the figures
 * @param measure plan or actual
 * @param expected the printed figure (won, percent points or a count, as {@code quantity} says)
 * @param computed what the other printed figures add up to, in the same quantity
 * @param difference {@code computed - expected}
 * @param tolerance the largest difference the printed precision explains; {@code |difference| <= tolerance} passes
 * @param quantity what expected, computed, difference and tolerance count
 * @param passed whether the figures agree within the tolerance
 * @param sources where the printed figures stand, the expected one first
 */
public record CheckResult(String rule, String scope, int fiscalYear, Measure measure, BigDecimal expected,
                          BigDecimal computed, BigDecimal difference, BigDecimal tolerance, Quantity quantity,
                          boolean passed, List<SourceRef> sources) {

    public CheckResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(quantity, "quantity");
        sources = List.copyOf(sources);
    }

    /** The printed amount in won for a check of amounts, else null. */
    public BigDecimal expectedKrw() {
        return quantity == Quantity.WON ? expected : null;
    }

    /** What the other figures add up to in won for a check of amounts, else null. */
    public BigDecimal computedKrw() {
        return quantity == Quantity.WON ? computed : null;
    }

    /** {@code computed - expected} in won for a check of amounts, else null. */
    public BigDecimal differenceKrw() {
        return quantity == Quantity.WON ? difference : null;
    }

    /** A result for {@code expected} against {@code computed}, passed when they differ by at most the tolerance. */
    public static CheckResult of(String rule, String scope, Period period, BigDecimal expected, BigDecimal computed,
                                 BigDecimal tolerance, Quantity quantity, List<SourceRef> sources) {
        BigDecimal difference = computed.subtract(expected);
        boolean passed = difference.abs().compareTo(tolerance) <= 0;
        return new CheckResult(rule, scope, period.fiscalYear(), period.measure(), expected, computed, difference,
                tolerance, quantity, passed, sources);
    }
}
