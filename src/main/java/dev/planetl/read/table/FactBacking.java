package dev.planetl.read.table;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TableFact;
import dev.planetl.read.grid.GridFact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes a kind reader's lines and totals projections of the general table model: each is kept only where the fact
 * of its cell says the same amount, fiscal year and measure, so {@code v_budget_line} and {@code v_budget_total}
 * never say of a cell what {@code v_table_fact} does not. The kind reader decides what a cell is (a project's line,
 * a goal's total, its ministry and area); the grid decides what it holds. Where they differ one of them misreads the
 * table, and which is not certain: the line or total is not loaded, an error {@code table.projection_conflict}
 * with both readings; where the grid holds no fact at that cell, an error {@code table.projection_unbacked}.
 * A total left without amount (a malformed number, kept for the arithmetic to repair) is passed on as it is.
 */
final class FactBacking {

    static final String CONFLICT = "table.projection_conflict";
    static final String UNBACKED = "table.projection_unbacked";
    private static final Pattern COLUMN_PART = Pattern.compile("/c\\d+$");

    private final Map<String, TableFact> byCell = new HashMap<>();
    private final Map<String, List<TableFact>> byRow = new HashMap<>();

    /** @param facts the facts of the table the kind reader read, each at its cell */
    FactBacking(List<GridFact> facts) {
        for (GridFact placed : facts) {
            TableFact fact = placed.fact();
            byCell.put(fact.source().ref(), fact);
            byRow.computeIfAbsent(row(fact.source().ref()), k -> new ArrayList<>()).add(fact);
        }
    }

    /** The reading with every line and total its facts back; the others become findings. */
    TableReading backed(TableReading reading) {
        List<Finding> findings = new ArrayList<>(reading.findings());
        List<ReportedTotal> totals = new ArrayList<>();
        for (ReportedTotal total : reading.totals()) {
            if (total.amountKrw() == null) {
                totals.add(total);
                continue;
            }
            TableFact fact = byCell.get(total.source().ref());
            if (fact == null) {
                findings.add(Finding.error(UNBACKED, total.source().ref() + ": a " + total.kind().code()
                        + " total read as " + describe(total.amountKrw(), total.fiscalYear(), total.measure())
                        + " where the general table model holds no fact; not loaded", total.source()));
            } else if (agrees(fact, total.amountKrw(), total.fiscalYear(), total.measure())) {
                totals.add(total);
            } else {
                findings.add(Finding.error(CONFLICT, total.source().ref() + ": a " + total.kind().code()
                        + " total read as " + describe(total.amountKrw(), total.fiscalYear(), total.measure())
                        + ", the general table model reads the cell as " + describe(fact) + "; not loaded",
                        total.source()));
            }
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetLine line : reading.lines()) {
            List<TableFact> inRow = byRow.getOrDefault(row(line.source().ref()), List.of());
            if (inRow.stream().anyMatch(f -> agrees(f, line.amountKrw(), line.fiscalYear(), line.measure()))) {
                lines.add(line);
                continue;
            }
            List<TableFact> printed = inRow.stream()
                    .filter(f -> f.amountAsWritten().equals(line.amountAsWritten())).toList();
            String what = line.source().ref() + ": the line of '" + line.program() + "' read as "
                    + describe(line.amountKrw(), line.fiscalYear(), line.measure());
            findings.add(printed.isEmpty()
                    ? Finding.error(UNBACKED, what + " where the general table model holds no such fact in its "
                    + "row; not loaded", line.source())
                    : Finding.error(CONFLICT, what + ", the general table model reads the cell as "
                    + describe(printed.get(0)) + "; not loaded", line.source()));
        }
        return new TableReading(lines, totals, findings);
    }

    private static boolean agrees(TableFact fact, BigDecimal amount, int year, dev.planetl.read.Measure measure) {
        return "KRW".equals(fact.currency()) && fact.amount().compareTo(amount) == 0 && fact.fiscalYear() == year
                && Objects.equals(fact.measure(), measure);
    }

    private static String describe(TableFact fact) {
        return describe(fact.amount(), fact.fiscalYear(), fact.measure()) + ("KRW".equals(fact.currency()) ? ""
                : " " + fact.currency());
    }

    private static String describe(BigDecimal amount, int year, dev.planetl.read.Measure measure) {
        return amount.toPlainString() + " won, " + year + " " + measure.code();
    }

    private static String row(String ref) {
        return COLUMN_PART.matcher(ref).replaceFirst("");
    }
}
