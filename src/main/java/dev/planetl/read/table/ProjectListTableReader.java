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
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.MinistryResolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a project list: one project a row, with its amount, ministry and whether it is new
 * ({@code 추진 내용 | '20년도 예산 | 신규여부 | 주관부처}, or 사업명 | '21년 예산(안) | 구분 | 소관부처 …). Several amount
 * columns ({@code '22년 실적 | '23년 예산}) give a line each, when each header names its year. A 성과목표 column, where
 * printed, places each row in its target; otherwise the numbering heading above the table does. A row whose amount
 * or ministry cannot be read is a finding, not a line. A 합계/소계 row is the total of the area the table stands
 * under.
 */
public final class ProjectListTableReader implements TableReader {

    private record Layout(int header, int program, List<Integer> amounts, int ministry, int status, int target) {
    }

    /** One amount column with the year, measure and unit its header gives it. */
    private record AmountColumn(int column, TableContext context, Unit unit) {
    }

    private final Vocabularies vocabularies;
    private final ProjectAreas areas;

    public ProjectListTableReader(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
        this.areas = new ProjectAreas(vocabularies);
    }

    @Override
    public boolean recognises(Table table) {
        return layout(table).isPresent();
    }

    private Optional<Layout> layout(Table table) {
        for (int r = 0; r < Math.min(HeaderRoles.MAX_HEADER_ROWS, table.rowCount()); r++) {
            int program = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.PROGRAM);
            int ministry = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.MINISTRY);
            List<Integer> amounts = new ArrayList<>();
            for (int c = 0; c < table.columnCount(); c++) {
                if (HeaderRoles.role(vocabularies.headers(), table, r, c) == ColumnRole.AMOUNT) {
                    amounts.add(c);
                }
            }
            if (program >= 0 && !amounts.isEmpty() && ministry >= 0) {
                return Optional.of(new Layout(r, program, amounts, ministry,
                        HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.STATUS),
                        HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.TARGET)));
            }
        }
        return Optional.empty();
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Layout layout = layout(table).orElseThrow(() -> new IllegalArgumentException(
                Cells.where(table, -1) + " is not a project list"));
        Collector out = new Collector();
        List<AmountColumn> columns = amountColumns(table, layout, context, out);
        List<String> header = table.row(layout.header());
        AreaMatch rowArea = null;
        for (int r = layout.header() + 1; r < table.rowCount(); r++) {
            if (Cells.blankRow(table, r) || table.row(r).equals(header)) {
                continue;
            }
            String program = Cells.text(table, r, layout.program());
            Optional<ColumnRole> role = vocabularies.headers().roleOf(program);
            if (role.isPresent() && (role.get() == ColumnRole.TOTAL || role.get() == ColumnRole.SUBTOTAL)) {
                for (AmountColumn column : columns) {
                    areaTotal(table, r, column, out);
                }
                continue;
            }
            Optional<AreaMatch> heading = onlyFirstCell(table, r, layout)
                    ? areas.headingRow(program, context) : Optional.empty();
            if (heading.isPresent()) {
                rowArea = heading.get();
                continue;
            }
            if (layout.target() >= 0) {
                rowArea = areas.targetOfRow(table, r, layout.target(), rowArea, context, out);
            }
            readRow(table, r, layout, columns, rowArea, out);
        }
        return out.build();
    }

    /** True when a row prints nothing but its program cell: a heading row, or a wrapped name. */
    private static boolean onlyFirstCell(Table table, int r, Layout layout) {
        for (int c = 0; c < table.columnCount(); c++) {
            if (c != layout.program() && !Cells.covering(table, r, c).isEmpty()
                    && !Cells.covering(table, r, c).equals(Cells.covering(table, r, layout.program()))) {
                return false;
            }
        }
        return true;
    }

    /** The amount columns that can be read: with one, the section's year serves; with several, each must name one. */
    private List<AmountColumn> amountColumns(Table table, Layout layout, TableContext context, Collector out) {
        List<AmountColumn> columns = new ArrayList<>();
        for (int c : layout.amounts()) {
            String text = Cells.text(table, layout.header(), c);
            TableContext ctx = context.with(vocabularies.statements().read(text));
            if (layout.amounts().size() > 1 && !vocabularies.statements().read(text).hasYear()) {
                ctx = new TableContext(null, null, ctx.unit(), ctx.caption(), ctx.series(), ctx.goal(), ctx.target());
            }
            if (!out.contextKnown(table, ctx)) {
                continue;
            }
            Unit unit = vocabularies.amounts().units().unitIn(text).orElse(ctx.unit());
            columns.add(new AmountColumn(c, ctx, unit));
        }
        return columns;
    }

    private void readRow(Table table, int r, Layout layout, List<AmountColumn> columns, AreaMatch rowArea,
                         Collector out) {
        SourceRef ref = Cells.rowRef(table, r);
        String program = Cells.text(table, r, layout.program());
        String where = Cells.where(table, r);
        if (program.isEmpty()) {
            out.finding(Severity.ERROR, "line.program_missing", where + ": an amount without a project name",
                    ref.raw(), ref);
            return;
        }
        int blanks = 0;
        for (AmountColumn column : columns) {
            String amountText = Cells.text(table, r, column.column());
            AmountReading reading = vocabularies.amounts().parse(amountText, column.unit());
            if (reading instanceof AmountReading.Blank) {
                blanks++;
                continue;
            }
            if (reading instanceof AmountReading.Failed failed) {
                out.finding(Severity.ERROR, failed.rule(), where + ", project '" + program + "': " + failed.reason(),
                        amountText, Cells.cellRef(table, r, column.column()));
                continue;
            }
            line(table, r, layout, column, ((AmountReading.Read) reading).amount(), rowArea, out);
        }
        if (!columns.isEmpty() && blanks == columns.size()) {
            out.finding(Severity.WARNING, "line.amount_missing", where + ": project '" + program
                    + "' has no amount printed", ref.raw(), ref);
        }
    }

    private void line(Table table, int r, Layout layout, AmountColumn column, Amount amount, AreaMatch rowArea,
                      Collector out) {
        SourceRef ref = Cells.rowRef(table, r);
        String program = Cells.text(table, r, layout.program());
        String ministryText = Cells.text(table, r, layout.ministry());
        String where = Cells.where(table, r);
        TableContext ctx = column.context();
        if (!"KRW".equals(amount.currency())) {
            out.finding(Severity.ERROR, "amount.currency", where + ", project '" + program + "': amount in "
                    + amount.currency() + " is not read as won", amount.asWritten(), ref);
            return;
        }
        MinistryResolution ministry = vocabularies.ministries().resolve(ministryText, ctx.fiscalYear());
        if (ministry.isImplementer()) {
            out.finding(Severity.WARNING, "ministry.implementer", where + ", project '" + program + "': "
                    + ministry.reason() + "; the line is kept without a ministry", ministryText,
                    Cells.cellRef(table, r, layout.ministry()));
        } else if (ministry.unresolved()) {
            out.finding(Severity.ERROR, "ministry.unresolved", where + ", project '" + program + "': "
                    + ministry.reason(), ministryText, Cells.cellRef(table, r, layout.ministry()));
            return;
        }
        if (!ministry.isSingle() && !ministry.isImplementer()) {
            out.finding(Severity.WARNING, "ministry.ambiguous", where + ", project '" + program + "': ministry '"
                    + ministryText + "' reads as " + String.join(", ", ministry.ministries())
                    + (ministry.reason() == null ? "" : " (" + ministry.reason() + ")")
                    + "; the line is kept without a ministry", ministryText, ref);
        }
        boolean ownArea = layout.target() >= 0 || rowArea != null;
        String areaCode = ownArea ? rowArea == null ? null : rowArea.area().code() : ctx.areaCode();
        String areaName = ownArea ? rowArea == null ? null : rowArea.area().canonicalName() : ctx.areaName();
        out.line(new BudgetLine(ctx.fiscalYear(), ctx.measure(), ministry.single(), ministryText, areaCode, areaName,
                program, status(table, r, layout, out), amount.value(), amount.asWritten(), amount.unitAsWritten(),
                ref));
    }

    private Boolean status(Table table, int r, Layout layout, Collector out) {
        if (layout.status() < 0) {
            return null;
        }
        String text = Cells.text(table, r, layout.status()).replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        if (text.startsWith("신규")) {
            return Boolean.TRUE;
        }
        if (text.startsWith("계속")) {
            return Boolean.FALSE;
        }
        out.finding(Severity.WARNING, "line.status_unknown", Cells.where(table, r) + ": '" + text
                + "' is neither 신규 nor 계속; the line is kept without it", text, Cells.cellRef(table, r,
                layout.status()));
        return null;
    }

    private void areaTotal(Table table, int r, AmountColumn column, Collector out) {
        TableContext ctx = column.context();
        if (ctx.areaCode() == null) {
            out.finding(Severity.WARNING, "total.unplaced", Cells.where(table, r)
                    + ": a total row of a project list that stands under no policy area heading",
                    Cells.rowText(table, r), Cells.rowRef(table, r));
            return;
        }
        TotalKind kind = ctx.target() != null ? TotalKind.TARGET : TotalKind.GOAL;
        out.total(vocabularies.amounts(), table, r, column.column(), column.unit(), ctx,
                new Collector.Subject(kind, null, null, ctx.target() != null ? ctx.target() : ctx.goal(), null),
                null);
    }
}
