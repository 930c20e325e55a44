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
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.MinistryResolution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a project list: one project a row, with its amount, ministry and whether it is new
 * ({@code 추진 내용 | '20년도 예산 | 신규여부 | 주관부처}, or 사업명 | '21년 예산(안) | 구분 | 소관부처 …). A row whose
 * amount or ministry cannot be read is a finding, not a line. A 합계/소계 row is the total of the policy area the
 * table stands under.
 */
public final class ProjectListTableReader implements TableReader {

    private record Layout(int header, int program, int amount, int ministry, int status) {
    }

    private final Vocabularies vocabularies;

    public ProjectListTableReader(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    @Override
    public boolean recognises(Table table) {
        return layout(table).isPresent();
    }

    private Optional<Layout> layout(Table table) {
        for (int r = 0; r < Math.min(HeaderRoles.MAX_HEADER_ROWS, table.rowCount()); r++) {
            int program = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.PROGRAM);
            int amount = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.AMOUNT);
            int ministry = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.MINISTRY);
            if (program >= 0 && amount >= 0 && ministry >= 0) {
                return Optional.of(new Layout(r, program, amount, ministry,
                        HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.STATUS)));
            }
        }
        return Optional.empty();
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Layout layout = layout(table).orElseThrow(() -> new IllegalArgumentException(
                Cells.where(table, -1) + " is not a project list"));
        Collector out = new Collector();
        String amountHeader = Cells.text(table, layout.header(), layout.amount());
        TableContext ctx = context.with(vocabularies.statements().read(amountHeader));
        Unit unit = vocabularies.amounts().units().unitIn(amountHeader).orElse(ctx.unit());
        if (!out.contextKnown(table, ctx)) {
            return out.build();
        }
        List<String> header = table.row(layout.header());
        for (int r = layout.header() + 1; r < table.rowCount(); r++) {
            if (Cells.blankRow(table, r) || table.row(r).equals(header)) {
                continue;
            }
            String program = Cells.text(table, r, layout.program());
            Optional<ColumnRole> role = vocabularies.headers().roleOf(program);
            if (role.isPresent() && (role.get() == ColumnRole.TOTAL || role.get() == ColumnRole.SUBTOTAL)) {
                areaTotal(table, r, layout, unit, ctx, out);
                continue;
            }
            readRow(table, r, layout, unit, ctx, out);
        }
        return out.build();
    }

    private void readRow(Table table, int r, Layout layout, Unit unit, TableContext ctx, Collector out) {
        SourceRef ref = Cells.rowRef(table, r);
        String program = Cells.text(table, r, layout.program());
        String amountText = Cells.text(table, r, layout.amount());
        String ministryText = Cells.text(table, r, layout.ministry());
        String where = Cells.where(table, r);
        if (program.isEmpty()) {
            out.finding(Severity.ERROR, "line.program_missing", where + ": an amount without a project name",
                    ref.raw(), ref);
            return;
        }
        AmountReading reading = vocabularies.amounts().parse(amountText, unit);
        if (reading instanceof AmountReading.Blank) {
            out.finding(Severity.WARNING, "line.amount_missing", where + ": project '" + program
                    + "' has no amount printed", ref.raw(), ref);
            return;
        }
        if (reading instanceof AmountReading.Failed failed) {
            out.finding(Severity.ERROR, failed.rule(), where + ", project '" + program + "': " + failed.reason(),
                    amountText, Cells.cellRef(table, r, layout.amount()));
            return;
        }
        Amount amount = ((AmountReading.Read) reading).amount();
        if (!"KRW".equals(amount.currency())) {
            out.finding(Severity.ERROR, "amount.currency", where + ", project '" + program + "': amount in "
                    + amount.currency() + " is not read as won", amountText, ref);
            return;
        }
        MinistryResolution ministry = vocabularies.ministries().resolve(ministryText, ctx.fiscalYear());
        if (ministry.unresolved()) {
            out.finding(Severity.ERROR, "ministry.unresolved", where + ", project '" + program + "': "
                    + ministry.reason(), ministryText, Cells.cellRef(table, r, layout.ministry()));
            return;
        }
        if (!ministry.isSingle()) {
            out.finding(Severity.WARNING, "ministry.ambiguous", where + ", project '" + program + "': ministry '"
                    + ministryText + "' reads as " + String.join(", ", ministry.ministries())
                    + (ministry.reason() == null ? "" : " (" + ministry.reason() + ")")
                    + "; the line is kept without a ministry", ministryText, ref);
        }
        Boolean isNew = status(table, r, layout, out);
        out.line(new BudgetLine(ctx.fiscalYear(), ctx.measure(), ministry.single(), ministryText, ctx.areaCode(),
                ctx.areaName(), program, isNew, amount.value(), amount.asWritten(), amount.unitAsWritten(), ref));
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

    private void areaTotal(Table table, int r, Layout layout, Unit unit, TableContext ctx, Collector out) {
        if (ctx.areaCode() == null) {
            out.finding(Severity.WARNING, "total.unplaced", Cells.where(table, r)
                    + ": a total row of a project list that stands under no policy area heading",
                    Cells.rowText(table, r), Cells.rowRef(table, r));
            return;
        }
        TotalKind kind = ctx.target() != null ? TotalKind.TARGET : TotalKind.GOAL;
        out.total(vocabularies.amounts(), table, r, layout.amount(), unit, ctx,
                new Collector.Subject(kind, null, null, ctx.target() != null ? ctx.target() : ctx.goal(), null),
                null);
    }
}
