package dev.planetl.validate;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.ReadResult;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.TableFact;

import java.util.List;

/**
 * What validation made of one document.
 *
 * @param read what the readers took from the document, as validated
 * @param planYear the plan year the figures were judged against
 * @param lines the project lines to load
 * @param totals the totals to load, repaired ones included with the value the arithmetic proved, and without a
 *     printed share or number of tasks the checks found wrong
 * @param rejectedLines lines kept out (a fatal constraint failed)
 * @param rejectedTotals totals kept out: a fatal constraint failed, the printed value was unreadable and could not
 *     be repaired, or the checks found it to be the wrong figure
 * @param findings the readers' findings (less the errors a repair answered), then constraint, repair and check
 *     findings
 * @param checks every cross-check made, passed or not
 * @param hasErrors whether any finding is an error
 * @param reconciliationFailed whether any cross-check failed
 * @param facts the table facts with the status of the printed totals they take part in
 */
public record Validation(ReadResult read, int planYear, List<BudgetLine> lines, List<ReportedTotal> totals,
                         List<BudgetLine> rejectedLines, List<ReportedTotal> rejectedTotals, List<Finding> findings,
                         List<CheckResult> checks, boolean hasErrors, boolean reconciliationFailed,
                         List<TableFact> facts) {

    public Validation {
        facts = List.copyOf(facts);
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        rejectedLines = List.copyOf(rejectedLines);
        rejectedTotals = List.copyOf(rejectedTotals);
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
    }

    /** The findings of one rule. */
    public List<Finding> findings(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    public List<Finding> findings(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** The repairs made: one finding of severity REPAIR each. */
    public List<Finding> repairs() {
        return findings(Severity.REPAIR);
    }

    public List<CheckResult> failedChecks() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** The results of one check rule. */
    public List<CheckResult> checks(String rule) {
        return checks.stream().filter(c -> c.rule().equals(rule)).toList();
    }
}
