package dev.planetl.validate.check;

import dev.planetl.read.Finding;
import dev.planetl.read.PrintedSum;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TableFact;
import dev.planetl.validate.CheckResult;
import dev.planetl.validate.Period;
import dev.planetl.validate.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the equations tables print ({@link PrintedSum}: 합계, 소계, 계, 총계 rows and columns, 증감 columns) with
 * the tolerance of {@link Steps}: the sum of the half steps of every printed figure combined. Each fact gets the
 * status of the checks it takes part in: failed if one failed, within_rounding if one passed only within the
 * tolerance, pass if all passed exactly, unchecked if none covers it. Immutable and thread-safe.
 */
public final class TableSums {

    /**
     * What the checks found.
     *
     * @param facts the facts with their check status
     * @param results one result per equation
     * @param findings an error for each failed equation
     */
    public record Outcome(List<TableFact> facts, List<CheckResult> results, List<Finding> findings) {
    }

    /**
     * @param facts the facts as read
     * @param sums the equations the tables print
     * @param planYear the year given to an equation whose cells name none
     */
    public Outcome check(List<TableFact> facts, List<PrintedSum> sums, int planYear) {
        Map<String, TableFact.CheckStatus> status = new HashMap<>();
        List<CheckResult> results = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (PrintedSum sum : sums) {
            BigDecimal computed = BigDecimal.ZERO;
            BigDecimal tolerance = sum.total().halfStep();
            List<SourceRef> sources = new ArrayList<>();
            sources.add(sum.total().source());
            for (PrintedSum.Term t : sum.plus()) {
                computed = computed.add(t.value());
                tolerance = tolerance.add(t.halfStep());
                sources.add(t.source());
            }
            for (PrintedSum.Term t : sum.minus()) {
                computed = computed.subtract(t.value());
                tolerance = tolerance.add(t.halfStep());
                sources.add(t.source());
            }
            Period period = new Period(sum.fiscalYear() == null ? planYear : sum.fiscalYear(), sum.measure());
            CheckResult result = CheckResult.of(sum.rule(), sum.scope(), period, sum.total().value(), computed,
                    tolerance, Quantity.WON, sources);
            results.add(result);
            TableFact.CheckStatus s = !result.passed() ? TableFact.CheckStatus.FAILED
                    : result.difference().signum() == 0 ? TableFact.CheckStatus.PASS
                    : TableFact.CheckStatus.WITHIN_ROUNDING;
            sources.forEach(src -> status.merge(src.ref(), s, TableSums::worse));
            if (!result.passed()) {
                findings.add(new Finding(Severity.ERROR, sum.rule(), sum.scope() + ": printed "
                        + plain(sum.total().value()) + ", its parts give " + plain(computed) + " (difference "
                        + plain(result.difference()) + ", more than the " + plain(tolerance)
                        + " rounding allows); the figures are quarantined", sum.total().source().raw(),
                        sum.total().source()));
            }
        }
        List<TableFact> checked = facts.stream()
                .map(f -> f.withCheckStatus(status.getOrDefault(f.source().ref(), TableFact.CheckStatus.UNCHECKED)))
                .toList();
        return new Outcome(checked, results, findings);
    }

    /** failed over within_rounding over pass. */
    private static TableFact.CheckStatus worse(TableFact.CheckStatus a, TableFact.CheckStatus b) {
        List<TableFact.CheckStatus> order = List.of(TableFact.CheckStatus.FAILED,
                TableFact.CheckStatus.WITHIN_ROUNDING, TableFact.CheckStatus.PASS);
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
