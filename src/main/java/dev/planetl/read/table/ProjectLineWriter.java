package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TotalKind;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.number.Amount;
import dev.planetl.read.number.AmountReading;
import dev.planetl.read.vocab.AreaMatch;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the items of one project list into lines and totals: a line per project and amount column, the ministry
 * from its row else the issuing ministry of the title page, the totals of 소계 and 합계 rows, and the check of each
 * enclosing hierarchy row against the lines under it. Used for one table at a time; not thread-safe.
 */
final class ProjectLineWriter {

    private final Vocabularies vocabularies;
    private final Table table;
    private final ProjectTableReader.Layout layout;
    private final List<TableLayout.AmountColumn> columns;
    private final Collector out;
    private final LineMinistry ministries;
    /** The amounts read per line row and amount column, for the hierarchy checks. */
    private final Map<Integer, Map<Integer, Amount>> read = new HashMap<>();

    ProjectLineWriter(Vocabularies vocabularies, Table table, ProjectTableReader.Layout layout,
                      List<TableLayout.AmountColumn> columns, TableContext context, Collector out) {
        this.vocabularies = vocabularies;
        this.table = table;
        this.layout = layout;
        this.columns = columns;
        this.out = out;
        this.ministries = new LineMinistry(vocabularies, table, context, out,
                columns.stream().mapToInt(c -> c.context().fiscalYear()).max().orElse(0));
    }

    void write(List<ProjectTableReader.Item> items) {
        for (ProjectTableReader.Item item : items) {
            if (item instanceof ProjectTableReader.Line line) {
                line(line);
            } else if (item instanceof ProjectTableReader.Total total && total.kind() != null) {
                for (TableLayout.AmountColumn column : columns) {
                    out.total(vocabularies.amounts(), table, total.row(), column.column(), column.unit(),
                            column.context(), new Collector.Subject(total.kind(), null, null, total.area(), null),
                            null);
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof ProjectTableReader.Enclosing enclosing) {
                check(enclosing, items.subList(i + 1, items.size()));
            }
        }
    }

    private void line(ProjectTableReader.Line line) {
        int r = line.row();
        String program = RowLabels.withoutItemMark(line.program().toString());
        SourceRef ref = Cells.rowRef(table, r);
        int blanks = 0;
        for (TableLayout.AmountColumn column : columns) {
            String text = Cells.text(table, r, column.column());
            AmountReading reading = vocabularies.amounts().parse(text, column.unit());
            if (reading instanceof AmountReading.Blank) {
                blanks++;
                continue;
            }
            if (reading instanceof AmountReading.Failed failed) {
                out.finding(Severity.ERROR, failed.rule(), Cells.where(table, r) + ", project '" + program + "': "
                        + failed.reason(), text, Cells.cellRef(table, r, column.column()));
                continue;
            }
            Amount amount = ((AmountReading.Read) reading).amount();
            if (!"KRW".equals(amount.currency())) {
                out.finding(Severity.ERROR, "amount.currency", Cells.where(table, r) + ", project '" + program
                        + "': amount in " + amount.currency() + " is not read as won", amount.asWritten(), ref);
                continue;
            }
            read.computeIfAbsent(r, k -> new HashMap<>()).put(column.column(), amount);
            emit(line, program, column.context(), amount, ref);
        }
        if (blanks == columns.size()) {
            out.finding(Severity.WARNING, "line.amount_missing", Cells.where(table, r) + ": project '" + program
                    + "' has no amount printed", ref.raw(), ref);
        }
    }

    private void emit(ProjectTableReader.Line line, String program, TableContext ctx, Amount amount, SourceRef ref) {
        int r = line.row();
        String printed = layout.ministry() >= 0 ? Cells.covering(table, r, layout.ministry()) : "";
        java.util.Optional<LineMinistry.Placed> placed = ministries.of(r, printed, layout.ministry(), program,
                ctx.fiscalYear());
        if (placed.isEmpty()) {
            return;
        }
        AreaMatch area = line.area();
        String areaCode = area != null ? area.area().code() : ctx.areaCode();
        String areaName = area != null ? area.area().canonicalName() : ctx.areaName();
        out.line(new BudgetLine(ctx.fiscalYear(), ctx.measure(), placed.get().ministry(), placed.get().asWritten(),
                areaCode, areaName, program, status(r), amount.value(), amount.asWritten(), amount.unitAsWritten(),
                ref));
    }

    private Boolean status(int r) {
        if (layout.status() < 0) {
            return null;
        }
        String text = Cells.text(table, r, layout.status()).replace(" ", "");
        if (text.startsWith("신규")) {
            return Boolean.TRUE;
        }
        return text.startsWith("계속") ? Boolean.FALSE : null;
    }

    /** An enclosing row's amounts against the lines under it, down to the next row at its level or above. */
    private void check(ProjectTableReader.Enclosing enclosing, List<ProjectTableReader.Item> after) {
        List<Integer> rows = new java.util.ArrayList<>();
        for (ProjectTableReader.Item item : after) {
            if (item instanceof ProjectTableReader.Total
                    || item instanceof ProjectTableReader.Enclosing e && e.level() <= enclosing.level()) {
                break;
            }
            if (item instanceof ProjectTableReader.Line) {
                rows.add(item.row());
            }
        }
        for (TableLayout.AmountColumn column : columns) {
            String text = Cells.text(table, enclosing.row(), column.column());
            if (!(vocabularies.amounts().parse(text, column.unit()) instanceof AmountReading.Read printed)) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal tolerance = halfDigit(printed.amount(), column);
            for (int r : rows) {
                Amount part = read.getOrDefault(r, Map.of()).get(column.column());
                if (part == null && !Cells.text(table, r, column.column()).isEmpty()
                        && !RowLabels.isDash(Cells.text(table, r, column.column()))) {
                    return;
                }
                if (part != null) {
                    sum = sum.add(part.value());
                    tolerance = tolerance.add(halfDigit(part, column));
                }
            }
            if (sum.subtract(printed.amount().value()).abs().compareTo(tolerance) > 0) {
                out.finding(Severity.ERROR, "reconcile.hierarchy", Cells.where(table, enclosing.row()) + ": '"
                        + enclosing.label() + "' prints " + text + " in '" + column.path() + "', the "
                        + rows.size() + " lines under it add up to " + sum.toPlainString() + " won", text,
                        Cells.cellRef(table, enclosing.row(), column.column()));
            }
        }
    }

    /** Half a unit of the last printed digit, in won: the rounding a printed figure may carry. */
    private static BigDecimal halfDigit(Amount amount, TableLayout.AmountColumn column) {
        String printed = amount.asWritten();
        int point = printed.lastIndexOf('.');
        int decimals = point < 0 ? 0 : (int) printed.substring(point + 1).chars().filter(Character::isDigit).count();
        if (decimals == 0 || column.unit() == null) {
            return BigDecimal.ZERO;
        }
        return column.unit().toBase(BigDecimal.valueOf(5, decimals + 1));
    }
}
