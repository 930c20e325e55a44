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
 * Reads totals by policy goal printed one goal a row ({@code 정책목표 | '23년 예산 | 비중 | 과제수}, then a row per goal
 * and a 합계 row): the goal-totals table turned on its side. Recognised only when some row names a known goal, so a
 * table of other 분야 is left to the unrecognised-table finding.
 */
public final class GoalRowsTableReader implements TableReader {

    private record Layout(int header, int goal, int amount, int share, int count) {
    }

    private final Vocabularies vocabularies;

    public GoalRowsTableReader(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    @Override
    public boolean recognises(Table table) {
        return layout(table).isPresent();
    }

    private Optional<Layout> layout(Table table) {
        if (GoalColumns.headerRow(vocabularies.areas(), table) >= 0) {
            return Optional.empty();
        }
        for (ColumnRole excluded : List.of(ColumnRole.MINISTRY, ColumnRole.PROGRAM, ColumnRole.TARGET)) {
            if (HeaderRoles.anyNames(vocabularies.headers(), table, excluded)) {
                return Optional.empty();
            }
        }
        for (int r = 0; r < Math.min(HeaderRoles.MAX_HEADER_ROWS, table.rowCount()); r++) {
            int goal = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.GOAL);
            int amount = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.AMOUNT);
            if (goal < 0 || amount <= goal || !anyGoalBelow(table, r, goal)) {
                continue;
            }
            return Optional.of(new Layout(r, goal, amount,
                    HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.SHARE),
                    HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.TASK_COUNT)));
        }
        return Optional.empty();
    }

    private boolean anyGoalBelow(Table table, int header, int column) {
        for (int r = header + 1; r < table.rowCount(); r++) {
            if (!vocabularies.areas().matches(Cells.text(table, r, column), PolicyArea.Level.GOAL).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Layout layout = layout(table).orElseThrow(() -> new IllegalArgumentException(
                Cells.where(table, -1) + " is not a goal-rows table"));
        Collector out = new Collector();
        String amountHeader = Cells.text(table, layout.header(), layout.amount());
        TableContext ctx = context.with(vocabularies.statements().read(amountHeader));
        Unit unit = vocabularies.amounts().units().unitIn(amountHeader).orElse(ctx.unit());
        if (!out.contextKnown(table, ctx)) {
            return out.build();
        }
        for (int r = layout.header() + 1; r < table.rowCount(); r++) {
            if (Cells.blankRow(table, r)) {
                continue;
            }
            String name = Cells.text(table, r, layout.goal());
            BigDecimal share = decimal(table, r, layout.share(), out);
            BigDecimal count = decimal(table, r, layout.count(), out);
            Integer taskCount = count == null || count.stripTrailingZeros().scale() > 0 ? null : count.intValue();
            if (vocabularies.headers().roleOf(name).filter(x -> x == ColumnRole.TOTAL).isPresent()) {
                out.total(vocabularies.amounts(), table, r, layout.amount(), unit, ctx,
                        new Collector.Subject(TotalKind.GRAND, null, null, null, taskCount), share);
                continue;
            }
            Optional<AreaMatch> goal = vocabularies.areas().resolve(name, PolicyArea.Level.GOAL, ctx.series());
            if (goal.isEmpty()) {
                out.finding(Severity.ERROR, "policy_area.unresolved", Cells.where(table, r) + ": '" + name
                        + "' names no known policy goal; its total is not read", Cells.rowText(table, r),
                        Cells.rowRef(table, r));
                continue;
            }
            out.total(vocabularies.amounts(), table, r, layout.amount(), unit, ctx,
                    new Collector.Subject(TotalKind.GOAL, null, null, goal.get(), taskCount), share);
        }
        return out.build();
    }

    private BigDecimal decimal(Table table, int r, int column, Collector out) {
        if (column < 0) {
            return null;
        }
        DecimalReading reading = vocabularies.amounts().parseDecimal(Cells.text(table, r, column));
        if (reading.isFailed()) {
            out.finding(Severity.WARNING, "number.malformed", Cells.where(table, r) + ": " + reading.failure(),
                    reading.raw(), Cells.cellRef(table, r, column));
        }
        return reading.value();
    }
}
