package dev.planetl.read;

import java.util.List;

/**
 * Everything the readers took from one document.
 *
 * @param plan what the document is
 * @param lines project lines
 * @param totals reported totals
 * @param mentions amounts stated in prose
 * @param tasks tasks from plan schedules
 * @param findings values the readers could not place, and tables they did not recognise
 * @param facts every amount cell of every table, through the general table model
 * @param sums the equations the tables' totals print, for validation to check
 */
public record ReadResult(PlanInfo plan, List<BudgetLine> lines, List<ReportedTotal> totals,
                         List<BudgetMention> mentions, List<PlanTask> tasks, List<Finding> findings,
                         List<TableFact> facts, List<PrintedSum> sums) {

    public ReadResult {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        mentions = List.copyOf(mentions);
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
        facts = List.copyOf(facts);
        sums = List.copyOf(sums);
    }

    /** Without table facts, as readers of prose only or tests of lines and totals build it. */
    public ReadResult(PlanInfo plan, List<BudgetLine> lines, List<ReportedTotal> totals,
                      List<BudgetMention> mentions, List<PlanTask> tasks, List<Finding> findings) {
        this(plan, lines, totals, mentions, tasks, findings, List.of(), List.of());
    }
}
