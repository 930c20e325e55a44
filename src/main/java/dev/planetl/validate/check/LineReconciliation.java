package dev.planetl.validate.check;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.SourceRef;
import dev.planetl.validate.CheckResult;
import dev.planetl.validate.Period;
import dev.planetl.validate.Quantity;
import dev.planetl.validate.Rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The project lines rolled up against the totals the same document prints for the same fiscal year and measure:
 * {@code reconcile.grand} (all lines), {@code reconcile.goal} and {@code reconcile.target} (lines by area code),
 * {@code reconcile.ministry}, {@code reconcile.ministry_goal} (the matrix cells), and {@code task.count} (the
 * number of lines under a target against its printed number of tasks). Every printing of a total is reconciled.
 * Periods without project lines are not reconciled; area roll-ups are skipped when no line of the period carries
 * an area code.
 */
public final class LineReconciliation implements Check {

    private final Sums sums;

    public LineReconciliation(Steps steps) {
        this.sums = new Sums(steps);
    }

    @Override
    public List<Evaluation> evaluate(CheckInput input) {
        Set<Period> periods = new LinkedHashSet<>();
        input.lines().forEach(l -> periods.add(Period.of(l)));
        input.rejectedLines().forEach(l -> periods.add(Period.of(l)));
        List<Evaluation> evaluations = new ArrayList<>();
        for (ReportedTotal total : input.totals()) {
            Period period = Period.of(total);
            if (!periods.contains(period) || total.kind() == null) continue;
            boolean areas = input.lines().stream().anyMatch(l -> Period.of(l).equals(period)
                    && l.policyAreaCode() != null);
            Predicate<BudgetLine> inPeriod = l -> Period.of(l).equals(period);
            String scope = period.label() + " / " + Figures.what(total) + " as printed at " + Figures.ref(total);
            switch (total.kind()) {
                case GRAND -> evaluations.add(reconcile(Rules.RECONCILE_GRAND, scope, total, input, inPeriod));
                case MINISTRY -> evaluations.add(reconcile(Rules.RECONCILE_MINISTRY, scope, total, input,
                        inPeriod.and(l -> total.ministry().equals(l.ministry()))));
                case GOAL -> {
                    if (areas) evaluations.add(reconcile(Rules.RECONCILE_GOAL, scope, total, input,
                            inPeriod.and(inGoal(total.policyAreaCode()))));
                }
                case MINISTRY_GOAL -> {
                    if (areas) evaluations.add(reconcile(Rules.RECONCILE_MINISTRY_GOAL, scope, total, input,
                            inPeriod.and(inGoal(total.policyAreaCode()))
                                    .and(l -> total.ministry().equals(l.ministry()))));
                }
                case TARGET -> {
                    if (!areas) break;
                    Predicate<BudgetLine> inTarget = inPeriod.and(l -> total.policyAreaCode()
                            .equals(l.policyAreaCode()));
                    evaluations.add(reconcile(Rules.RECONCILE_TARGET, scope, total, input, inTarget));
                    if (total.taskCount() != null) evaluations.add(taskCount(total, input, inTarget));
                }
            }
        }
        return evaluations;
    }

    private Evaluation reconcile(String rule, String scope, ReportedTotal total, CheckInput input,
                                 Predicate<BudgetLine> scopeOf) {
        List<BudgetLine> lines = input.lines().stream().filter(scopeOf).toList();
        int kept = (int) input.rejectedLines().stream().filter(scopeOf).count();
        return sums.ofLines(rule, scope, total, lines, kept);
    }

    private static Evaluation taskCount(ReportedTotal target, CheckInput input, Predicate<BudgetLine> inTarget) {
        List<BudgetLine> lines = input.lines().stream().filter(inTarget).toList();
        int kept = (int) input.rejectedLines().stream().filter(inTarget).count();
        List<SourceRef> sources = new ArrayList<>();
        sources.add(target.source());
        lines.forEach(l -> sources.add(l.source()));
        CheckResult result = CheckResult.of(Rules.TASK_COUNT, Period.of(target).label() + " / "
                        + Figures.what(target) + " tasks as printed at " + Figures.ref(target), Period.of(target),
                BigDecimal.valueOf(target.taskCount()), BigDecimal.valueOf(lines.size()), BigDecimal.ZERO,
                Quantity.COUNT, sources.stream().filter(Objects::nonNull).collect(Collectors.toList()));
        return new Evaluation(result, List.of(Participant.taskCount(target)), false,
                String.valueOf(target.taskCount()), kept);
    }

    private static Predicate<BudgetLine> inGoal(String goal) {
        return l -> l.policyAreaCode() != null && (l.policyAreaCode().equals(goal)
                || Figures.goalOf(l.policyAreaCode()).equals(goal));
    }
}
