package dev.planetl.read.table;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.PrintedSum;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TableFact;

import java.util.List;

/**
 * What one table reader took from one table, or from a whole document.
 *
 * @param lines project lines
 * @param totals reported totals
 * @param findings values that could not be placed, tables not recognised
 * @param facts every amount cell, through the general table model
 * @param sums the equations the tables' totals print
 */
public record TableReading(List<BudgetLine> lines, List<ReportedTotal> totals, List<Finding> findings,
                           List<TableFact> facts, List<PrintedSum> sums) {

    public TableReading {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
        findings = List.copyOf(findings);
        facts = List.copyOf(facts);
        sums = List.copyOf(sums);
    }

    /** What a kind reader took from one table: lines and totals, no facts. */
    public TableReading(List<BudgetLine> lines, List<ReportedTotal> totals, List<Finding> findings) {
        this(lines, totals, findings, List.of(), List.of());
    }
}
