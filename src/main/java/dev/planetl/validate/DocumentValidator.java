package dev.planetl.validate;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.ReadResult;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.validate.check.Blame;
import dev.planetl.validate.check.Check;
import dev.planetl.validate.check.CheckInput;
import dev.planetl.validate.check.Evaluation;
import dev.planetl.validate.check.FigureCheck;
import dev.planetl.validate.check.GoalCheck;
import dev.planetl.validate.check.GrandCheck;
import dev.planetl.validate.check.LineReconciliation;
import dev.planetl.validate.check.Participant;
import dev.planetl.validate.check.MatrixCheck;
import dev.planetl.validate.check.ShareCheck;
import dev.planetl.validate.check.Steps;
import dev.planetl.validate.check.SuspectLines;
import dev.planetl.validate.check.TableSums;
import dev.planetl.validate.constraint.RecordConstraints;
import dev.planetl.validate.constraint.Verdict;
import dev.planetl.validate.repair.ArithmeticRepair;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates what the readers took from one document: record constraints, repair of unreadable totals the
 * arithmetic proves, cross-checks of the printed totals against each other and against the project lines, and
 * the figures those checks find wrong kept out. Immutable and thread-safe: build it once.
 */
public final class DocumentValidator {

    private final RecordConstraints constraints;
    private final ArithmeticRepair repair;
    private final List<Check> checks;
    private final PublicationPolicy policy;
    private final TableSums tableSums = new TableSums();

    /**
     * @param units the units an amount may be printed in
     * @param ministries canonical ministry names
     * @param policy what {@link #decide} does with a document whose checks fail
     * @param planYearWindow years a figure may lie from the plan year without a warning
     */
    public DocumentValidator(KrwUnits units, Ministries ministries, PublicationPolicy policy, int planYearWindow) {
        this.constraints = new RecordConstraints(units, ministries, planYearWindow);
        this.repair = new ArithmeticRepair(units);
        Steps steps = new Steps(units);
        this.checks = List.of(new MatrixCheck(steps), new GrandCheck(steps), new GoalCheck(steps),
                new FigureCheck(steps), new ShareCheck(steps), new LineReconciliation(steps));
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The vocabularies beside this class, {@link PublicationPolicy#DEFAULT}, a plan-year window of 10. */
    public static DocumentValidator standard() {
        return new DocumentValidator(KrwUnits.standard(), Ministries.standard(), PublicationPolicy.DEFAULT,
                RecordConstraints.DEFAULT_PLAN_YEAR_WINDOW);
    }

    /**
     * Validates against the plan year the readers found on the title page.
     *
     * @throws IllegalArgumentException when the readers could not tell the plan year: pass it explicitly
     */
    public Validation validate(ReadResult read) {
        Integer planYear = read.plan() == null ? null : read.plan().planYear();
        if (planYear == null) {
            throw new IllegalArgumentException("the plan year of '" + (read.plan() == null ? null : read.plan().title())
                    + "' is not known; call validate(read, planYear)");
        }
        return validate(read, planYear);
    }

    /**
     * @param read what the readers took from the document
     * @param planYear the year the plan is for, to judge the fiscal years against
     * @return the accepted figures, every finding and every check, never null
     */
    public Validation validate(ReadResult read, int planYear) {
        List<Finding> constraintFindings = new ArrayList<>();
        List<BudgetLine> lines = new ArrayList<>();
        List<BudgetLine> rejectedLines = new ArrayList<>();
        for (BudgetLine line : read.lines()) {
            Verdict verdict = constraints.check(line, planYear);
            constraintFindings.addAll(verdict.findings());
            (verdict.rejected() ? rejectedLines : lines).add(line);
        }
        List<ReportedTotal> totals = new ArrayList<>();
        List<ReportedTotal> rejectedTotals = new ArrayList<>();
        for (ReportedTotal total : read.totals()) {
            Verdict verdict = constraints.check(total, planYear);
            constraintFindings.addAll(verdict.findings());
            (verdict.rejected() ? rejectedTotals : totals).add(total);
        }

        ArithmeticRepair.Outcome repaired = repair.repair(totals, rejectedTotals, read.findings());
        List<Finding> findings = new ArrayList<>(repaired.findings());
        findings.addAll(constraintFindings);
        rejectedTotals.addAll(repaired.quarantined());
        totals = new ArrayList<>(repaired.totals());

        CheckInput input = new CheckInput(lines, totals, rejectedLines, rejectedTotals);
        List<Evaluation> evaluations = new ArrayList<>();
        checks.forEach(check -> evaluations.addAll(check.evaluate(input)));
        evaluations.forEach(e -> CheckFindings.of(e).ifPresent(findings::add));

        Map<ReportedTotal, ReportedTotal> stripped = new IdentityHashMap<>();
        for (Blame.Blamed blamed : Blame.of(evaluations)) {
            findings.add(CheckFindings.quarantined(blamed));
            if (blamed.amountWrong()) {
                rejectedTotals.add(blamed.total());
            } else {
                stripped.put(blamed.total(), without(blamed.total(), blamed.parts()));
            }
        }
        Set<ReportedTotal> out = Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(rejectedTotals);
        totals = totals.stream().filter(t -> !out.contains(t)).map(t -> stripped.getOrDefault(t, t))
                .collect(Collectors.toList());

        List<CheckResult> results = new ArrayList<>(evaluations.stream().map(Evaluation::result).toList());
        findings.addAll(SuspectLines.of(evaluations));
        TableSums.Outcome tables = tableSums.check(read.facts(), read.sums(), planYear);
        results.addAll(tables.results());
        findings.addAll(tables.findings());
        boolean hasErrors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        boolean reconciliationFailed = results.stream().anyMatch(r -> !r.passed());
        return new Validation(read, planYear, lines, totals, rejectedLines, rejectedTotals, findings, results,
                hasErrors, reconciliationFailed, tables.facts());
    }

    /** The total without the printed share or number of tasks the checks found wrong. */
    private static ReportedTotal without(ReportedTotal t, Set<Participant.Part> parts) {
        return new ReportedTotal(t.kind(), t.fiscalYear(), t.measure(), t.ministry(), t.ministryAsWritten(),
                t.policyAreaCode(), t.policyArea(), t.policyAreaAsWritten(),
                parts.contains(Participant.Part.TASK_COUNT) ? null : t.taskCount(),
                parts.contains(Participant.Part.SHARE) ? null : t.sharePct(), t.amountKrw(), t.amountAsWritten(),
                t.unitAsWritten(), t.source());
    }

    /** Whether the document goes to the warehouse, under this validator's publication policy. */
    public PublicationDecision decide(Validation validation) {
        return policy.decide(validation);
    }

    public PublicationPolicy policy() {
        return policy;
    }
}
