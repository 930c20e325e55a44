package dev.planetl.read.table;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.ReportedTotal;

import java.util.List;

/**
 * What one table reader took from one table, or from a whole document.
 *
 * @param lines project lines
 * @param totals reported totals
 * @param findings values that could not be placed, tables not recognised
 */
public record TableReading(List<BudgetLine> lines, List<ReportedTotal> totals, List<Finding> findings) {

    public TableReading {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        findings = List.copyOf(findings);
    }
}
