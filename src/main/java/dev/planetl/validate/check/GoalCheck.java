package dev.planetl.validate.check;

import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import dev.planetl.validate.Rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code total.goal}: the targets a table lists under a goal (1-1, 1-2, 1-3 under goal 1) add up to the goal's
 * total, as first printed for the same period.
 */
public final class GoalCheck implements Check {

    private final Sums sums;

    public GoalCheck(Steps steps) {
        this.sums = new Sums(steps);
    }

    @Override
    public List<Evaluation> evaluate(CheckInput input) {
        Map<TableKey, Map<String, List<ReportedTotal>>> targets = new LinkedHashMap<>();
        for (ReportedTotal total : input.totals()) {
            TableKey table = TableKey.of(total);
            if (table != null && total.kind() == TotalKind.TARGET) {
                targets.computeIfAbsent(table, t -> new LinkedHashMap<>())
                        .computeIfAbsent(Figures.goalOf(total.policyAreaCode()), g -> new ArrayList<>()).add(total);
            }
        }
        List<Evaluation> evaluations = new ArrayList<>();
        targets.forEach((table, byGoal) -> byGoal.forEach((goal, parts) -> {
            Optional<ReportedTotal> goalTotal = Figures.goal(goal, table.period(), input.totals());
            if (goalTotal.isEmpty()) return;
            int kept = (int) input.rejectedTotals().stream().filter(t -> t.kind() == TotalKind.TARGET
                    && table.equals(TableKey.of(t)) && t.policyAreaCode() != null
                    && goal.equals(Figures.goalOf(t.policyAreaCode()))).count();
            evaluations.add(sums.ofTotals(Rules.TOTAL_GOAL, table.label() + " / targets of goal " + goal
                    + " = goal total at " + Figures.ref(goalTotal.get()), goalTotal.get(), parts, kept));
        }));
        return evaluations;
    }
}
