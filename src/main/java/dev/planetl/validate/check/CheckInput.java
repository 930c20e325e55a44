package dev.planetl.validate.check;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.ReportedTotal;

import java.util.List;

/**
 * The figures the cross-checks work on.
 *
 * @param lines project lines that passed the record constraints
 * @param totals totals that passed the record constraints and have an amount (repaired ones included)
 * @param rejectedLines lines kept out; a check over a scope that held one says so in its finding
 * @param rejectedTotals totals kept out, including unreadable ones that could not be repaired
 */
public record CheckInput(List<BudgetLine> lines, List<ReportedTotal> totals, List<BudgetLine> rejectedLines,
                         List<ReportedTotal> rejectedTotals) {

    public CheckInput {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        rejectedLines = List.copyOf(rejectedLines);
        rejectedTotals = List.copyOf(rejectedTotals);
    }
}
