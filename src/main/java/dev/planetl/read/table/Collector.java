package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Finding;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TotalKind;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.number.Amount;
import dev.planetl.read.number.AmountParser;
import dev.planetl.read.number.AmountReading;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.AreaMatch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Gathers what one reading of one table gives. Used by one reader call at a time; not thread-safe. */
final class Collector {

    /**
     * What a total is of.
     *
     * @param ministry canonical ministry, or null
     * @param ministryAsWritten the ministry as printed, or null
     * @param area the policy area, or null
     * @param taskCount the printed task count, or null
     */
    record Subject(TotalKind kind, String ministry, String ministryAsWritten, AreaMatch area, Integer taskCount) {
    }

    private final List<BudgetLine> lines = new ArrayList<>();
    private final List<ReportedTotal> totals = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    void line(BudgetLine line) {
        lines.add(line);
    }

    void finding(Severity severity, String rule, String message, String raw, SourceRef source) {
        findings.add(new Finding(severity, rule, message, raw == null ? "" : raw, source));
    }

    /**
     * A total whose ministry is not one ministry (unknown, or names run together) is not read: an error
     * {@code ministry.unresolved} or {@code ministry.ambiguous}.
     *
     * @param where the place, as {@link Cells#where} says it
     * @param notRead what is left unread, e.g. {@code its row}
     */
    void unreadMinistry(dev.planetl.read.vocab.MinistryResolution ministry, String where, String name, String notRead,
                        String raw, SourceRef source) {
        finding(Severity.ERROR, ministry.unresolved() ? "ministry.unresolved" : "ministry.ambiguous",
                where + ": ministry '" + name + "' "
                        + (ministry.unresolved() ? "not resolved: " + ministry.reason()
                        : "reads as " + String.join(", ", ministry.ministries()))
                        + "; " + notRead + " is not read", raw, source);
    }

    /**
     * Reads an amount cell as a total. A blank cell gives nothing (not zero); a malformed number gives a total
     * without amount and a finding {@code number.malformed}, so the arithmetic can later show what it was; any
     * other failure gives a finding only.
     *
     * @param share a share printed in its own column, or null to take the one printed beside the value
     */
    void total(AmountParser parser, Table table, int row, int column, Unit unit, TableContext ctx, Subject subject,
               BigDecimal share) {
        String raw = Cells.text(table, row, column);
        SourceRef ref = Cells.cellRef(table, row, column);
        AmountReading reading = parser.parse(raw, unit);
        if (reading instanceof AmountReading.Blank) {
            return;
        }
        if (reading instanceof AmountReading.Failed failed) {
            finding(Severity.ERROR, failed.rule(), Cells.where(table, row) + ", " + describe(subject) + ": "
                    + failed.reason(), raw, ref);
            if (AmountReading.MALFORMED.equals(failed.rule())) {
                totals.add(total(ctx, subject, null, raw, unit == null ? "" : unit.asWritten(), share, ref));
            }
            return;
        }
        Amount amount = ((AmountReading.Read) reading).amount();
        if (!"KRW".equals(amount.currency())) {
            finding(Severity.ERROR, "amount.currency", Cells.where(table, row) + ", " + describe(subject)
                    + ": a budget total in " + amount.currency() + " is not read as won", raw, ref);
            return;
        }
        totals.add(total(ctx, subject, amount.value(), amount.asWritten(), amount.unitAsWritten(),
                share != null ? share : amount.sharePct(), ref));
    }

    /**
     * A total from a fact of the general table model: the amount the fact holds, not the cell read again, so the
     * total and the fact of the same cell cannot differ. A total in another currency is not read as won: an error
     * {@code amount.currency}, as for a total read from its cell.
     *
     * @param where the place, as {@link Cells#where} says it
     */
    void total(dev.planetl.read.TableFact fact, TableContext ctx, Subject subject, String where) {
        if (!"KRW".equals(fact.currency())) {
            finding(Severity.ERROR, "amount.currency", where + ", " + describe(subject) + ": a budget total in "
                    + fact.currency() + " is not read as won", fact.amountAsWritten(), fact.source());
            return;
        }
        totals.add(total(ctx, subject, fact.amount(), fact.amountAsWritten(), fact.unitAsWritten(), null,
                fact.source()));
    }

    private static ReportedTotal total(TableContext ctx, Subject s, BigDecimal value, String asWritten,
                                       String unit, BigDecimal share, SourceRef ref) {
        AreaMatch area = s.area();
        return new ReportedTotal(s.kind(), ctx.fiscalYear(), ctx.measure(), s.ministry(), s.ministryAsWritten(),
                area == null ? null : area.area().code(), area == null ? null : area.area().canonicalName(),
                area == null ? null : area.asWritten(), s.taskCount(), share, value, asWritten, unit, ref);
    }

    private static String describe(Subject s) {
        StringBuilder d = new StringBuilder(s.kind().code()).append(" total");
        if (s.ministryAsWritten() != null) {
            d.append(" of ").append(s.ministryAsWritten());
        }
        if (s.area() != null) {
            d.append(s.ministryAsWritten() != null ? " in " : " of ").append(s.area().area().code());
        }
        return d.toString();
    }

    /**
     * True when the context states year and measure; otherwise records why the table is not read.
     */
    boolean contextKnown(Table table, TableContext ctx) {
        if (ctx.fiscalYear() != null && ctx.measure() != null) {
            return true;
        }
        String header = table.rowCount() == 0 ? "" : Cells.rowText(table, 0);
        finding(Severity.ERROR, "context.unknown", Cells.where(table, -1)
                + ": no heading, caption or header before it states "
                + (ctx.fiscalYear() == null ? "the fiscal year" : "whether its figures are plan or actual")
                + "; its figures are not read", header, new SourceRef(Cells.at(table, 0, 0), header));
        return false;
    }

    TableReading build() {
        return new TableReading(lines, totals, findings);
    }
}
