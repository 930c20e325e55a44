package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.number.DecimalReading;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.PolicyArea;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads totals by performance target ({@code 성과목표 | | 실적(억원, %) | | 과제 개수}): the goal in the first name
 * column, merged down its targets (an empty cell, or a cell spanning rows, means the goal above), the target in the
 * next, then amount, share and task count. A header like {@code 실적(억원, %)} over two columns gives the amount
 * and the share beside it. A 합계 row is the grand total; a 소계 row the total of its goal.
 */
public final class TargetTotalsTableReader implements TableReader {

    private record Layout(int header, int goal, int target, int amount, int share, int count) {
    }

    private final Vocabularies vocabularies;

    public TargetTotalsTableReader(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    @Override
    public boolean recognises(Table table) {
        return layout(table).isPresent();
    }

    private Optional<Layout> layout(Table table) {
        for (int r = 0; r < Math.min(HeaderRoles.MAX_HEADER_ROWS, table.rowCount()); r++) {
            int target = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.TARGET);
            int amount = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.AMOUNT);
            if (target < 0 || amount <= target) {
                continue;
            }
            int share = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.SHARE);
            String amountHeader = Cells.text(table, r, amount);
            if (share < 0 && amountHeader.contains("%") && amount + 1 < table.columnCount()
                    && Cells.text(table, r, amount + 1).isEmpty()) {
                share = amount + 1;
            }
            int count = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.TASK_COUNT);
            int goal = amount - target >= 2 ? target : -1;
            int name = amount - target >= 2 ? amount - 1 : target;
            return Optional.of(new Layout(r, goal, name, amount, share, count));
        }
        return Optional.empty();
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Layout layout = layout(table).orElseThrow(() -> new IllegalArgumentException(
                Cells.where(table, -1) + " is not a target totals table"));
        Collector out = new Collector();
        String amountHeader = Cells.text(table, layout.header(), layout.amount());
        TableContext ctx = context.with(vocabularies.statements().read(amountHeader));
        Unit unit = vocabularies.amounts().units().unitIn(amountHeader).orElse(ctx.unit());
        if (!out.contextKnown(table, ctx)) {
            return out.build();
        }
        for (int c = layout.amount() + 1; c < table.columnCount(); c++) {
            if (HeaderRoles.role(vocabularies.headers(), table, layout.header(), c) == ColumnRole.AMOUNT) {
                String text = Cells.text(table, layout.header(), c);
                out.finding(Severity.WARNING, "table.column_unread", Cells.where(table, layout.header())
                        + ": a second amount column '" + text + "' is not read; only '" + amountHeader + "' is",
                        text, Cells.cellRef(table, layout.header(), c));
            }
        }
        List<String> header = table.row(layout.header());
        String goalText = "";
        for (int r = layout.header() + 1; r < table.rowCount(); r++) {
            if (Cells.blankRow(table, r) || table.row(r).equals(header)) {
                continue;
            }
            String printedGoal = layout.goal() >= 0 ? Cells.covering(table, r, layout.goal()) : "";
            if (!printedGoal.isEmpty()) {
                goalText = printedGoal;
            }
            String targetText = Cells.text(table, r, layout.target());
            Integer count = count(table, r, layout, out);
            BigDecimal share = share(table, r, layout, out);
            if (hasRole(targetText, ColumnRole.TOTAL) || hasRole(printedGoal, ColumnRole.TOTAL)) {
                out.total(vocabularies.amounts(), table, r, layout.amount(), unit, ctx,
                        new Collector.Subject(TotalKind.GRAND, null, null, null, count), share);
                goalText = "";
                continue;
            }
            Optional<AreaMatch> goal = vocabularies.areas().resolve(goalText, PolicyArea.Level.GOAL, ctx.series());
            if (hasRole(targetText, ColumnRole.SUBTOTAL) && goal.isPresent()) {
                out.total(vocabularies.amounts(), table, r, layout.amount(), unit, ctx,
                        new Collector.Subject(TotalKind.GOAL, null, null, goal.get(), count), share);
                continue;
            }
            Optional<AreaMatch> target = target(targetText, goal, ctx.series());
            if (target.isEmpty()) {
                out.finding(Severity.ERROR, "policy_area.unresolved", Cells.where(table, r) + ": target '"
                        + targetText + "'" + (goalText.isEmpty() ? "" : " under '" + goalText + "'")
                        + " names no known performance target; its total is not read", Cells.rowText(table, r),
                        Cells.rowRef(table, r));
                continue;
            }
            out.total(vocabularies.amounts(), table, r, layout.amount(), unit, ctx,
                    new Collector.Subject(TotalKind.TARGET, null, null, target.get(), count), share);
        }
        return out.build();
    }

    private boolean hasRole(String text, ColumnRole role) {
        return vocabularies.headers().roleOf(text).filter(r -> r == role).isPresent();
    }

    /** The target a printed name matches, within its goal when the goal is known. */
    private Optional<AreaMatch> target(String printed, Optional<AreaMatch> goal, String series) {
        List<PolicyArea> found = vocabularies.areas().matches(printed, PolicyArea.Level.TARGET).stream()
                .filter(a -> series == null || a.series().equals(series))
                .filter(a -> goal.isEmpty() || (a.series().equals(goal.get().area().series())
                        && a.goalCode().equals(goal.get().area().code())))
                .toList();
        return found.size() == 1 ? Optional.of(new AreaMatch(found.get(0), printed)) : Optional.empty();
    }

    private Integer count(Table table, int r, Layout layout, Collector out) {
        if (layout.count() < 0) {
            return null;
        }
        DecimalReading count = vocabularies.amounts().parseDecimal(Cells.text(table, r, layout.count()));
        if (count.isFailed() || (count.value() != null && count.value().stripTrailingZeros().scale() > 0)) {
            out.finding(Severity.WARNING, "number.malformed", Cells.where(table, r) + ": task count '"
                    + count.raw() + "' is not a whole number", count.raw(), Cells.cellRef(table, r, layout.count()));
            return null;
        }
        return count.value() == null ? null : count.value().intValueExact();
    }

    private BigDecimal share(Table table, int r, Layout layout, Collector out) {
        if (layout.share() < 0) {
            return null;
        }
        DecimalReading share = vocabularies.amounts().parseDecimal(Cells.text(table, r, layout.share()));
        if (share.isFailed()) {
            out.finding(Severity.WARNING, "number.malformed", Cells.where(table, r) + ": share " + share.failure(),
                    share.raw(), Cells.cellRef(table, r, layout.share()));
        }
        return share.value();
    }
}
