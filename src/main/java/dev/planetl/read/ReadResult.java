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
 */
public record ReadResult(PlanInfo plan, List<BudgetLine> lines, List<ReportedTotal> totals,
                         List<BudgetMention> mentions, List<PlanTask> tasks, List<Finding> findings) {

    public ReadResult {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        mentions = List.copyOf(mentions);
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
    }
}
