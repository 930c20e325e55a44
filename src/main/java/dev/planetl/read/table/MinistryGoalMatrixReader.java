package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.MinistryResolution;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a ministry × goal matrix ({@code 부처 | 구분 | 4대 정책 목표별 … | 계} over a second header row of goal
 * names): each cell is a ministry's total in a goal, the 계 column the ministry's total, the 합계 row the goal
 * totals and the grand total. An empty cell is nothing, not zero. A printed value that is not a number
 * ({@code 966.11.00}) gives a total without amount and a finding; it is never repaired here. A 구분 column that
 * breaks a ministry down (R&D, 비R&D …) is not read as ministry totals: such rows are findings.
 */
public final class MinistryGoalMatrixReader implements TableReader {

    private record Layout(int firstDataRow, int ministry, int category, int total, Map<Integer, AreaMatch> goals,
                          int goalRow) {
    }

    private final Vocabularies vocabularies;

    public MinistryGoalMatrixReader(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    @Override
    public boolean recognises(Table table) {
        return layout(table, null).isPresent();
    }

    private Optional<Layout> layout(Table table, String series) {
        int goalRow = GoalColumns.headerRow(vocabularies.areas(), table);
        if (goalRow < 0 || HeaderRoles.anyNames(vocabularies.headers(), table, ColumnRole.PROGRAM)
                || HeaderRoles.anyNames(vocabularies.headers(), table, ColumnRole.TARGET)) {
            return Optional.empty();
        }
        int ministryRow = -1;
        int ministry = -1;
        for (int r = 0; r <= goalRow && ministry < 0; r++) {
            ministry = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.MINISTRY);
            ministryRow = r;
        }
        if (ministry < 0) {
            return Optional.empty();
        }
        Map<Integer, AreaMatch> goals = GoalColumns.of(vocabularies.areas(), table, goalRow, series);
        int total = -1;
        for (int r = 0; r <= goalRow && total < 0; r++) {
            int c = HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.TOTAL);
            total = goals.containsKey(c) ? -1 : c;
        }
        int category = HeaderRoles.find(vocabularies.headers(), table, ministryRow, ColumnRole.STATUS);
        return Optional.of(new Layout(Math.max(goalRow, ministryRow) + 1, ministry, category, total, goals, goalRow));
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Layout layout = layout(table, context.series()).orElseThrow(() -> new IllegalArgumentException(
                Cells.where(table, -1) + " is not a ministry × goal matrix"));
        Collector out = new Collector();
        TableContext ctx = context;
        Unit unit = context.unit();
        for (int r = 0; r < layout.firstDataRow(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                String text = Cells.text(table, r, c);
                ctx = ctx.with(vocabularies.statements().read(text));
                if (unit == null) {
                    unit = vocabularies.amounts().units().unitIn(text).orElse(null);
                }
            }
        }
        if (!out.contextKnown(table, ctx)) {
            return out.build();
        }
        String lastMinistry = "";
        for (int r = layout.firstDataRow(); r < table.rowCount(); r++) {
            if (Cells.blankRow(table, r) || r == layout.goalRow()) {
                continue;
            }
            String printed = Cells.covering(table, r, layout.ministry());
            String name = printed.isEmpty() && layout.category() >= 0 ? lastMinistry : printed;
            lastMinistry = name;
            String category = layout.category() >= 0 ? Cells.text(table, r, layout.category()) : "";
            if (hasRole(name, ColumnRole.TOTAL)) {
                totalRow(table, r, layout, unit, ctx, out);
                continue;
            }
            if (!category.isEmpty() && !hasRole(category, ColumnRole.TOTAL)
                    && !hasRole(category, ColumnRole.SUBTOTAL)) {
                out.finding(Severity.WARNING, "table.row_unrecognised", Cells.where(table, r) + ": '" + category
                        + "' breaks " + name + " down; the row is not read as a ministry total",
                        Cells.rowText(table, r), Cells.rowRef(table, r));
                continue;
            }
            MinistryResolution ministry = vocabularies.ministries().resolve(name, ctx.fiscalYear());
            if (!ministry.isSingle()) {
                out.unreadMinistry(ministry, Cells.where(table, r), name, "its row", Cells.rowText(table, r),
                        Cells.rowRef(table, r));
                continue;
            }
            for (Map.Entry<Integer, AreaMatch> goal : layout.goals().entrySet()) {
                out.total(vocabularies.amounts(), table, r, goal.getKey(), unit, ctx, new Collector.Subject(
                        TotalKind.MINISTRY_GOAL, ministry.single(), name, goal.getValue(), null), null);
            }
            if (layout.total() >= 0) {
                out.total(vocabularies.amounts(), table, r, layout.total(), unit, ctx,
                        new Collector.Subject(TotalKind.MINISTRY, ministry.single(), name, null, null), null);
            }
        }
        return out.build();
    }

    private void totalRow(Table table, int r, Layout layout, Unit unit, TableContext ctx, Collector out) {
        for (Map.Entry<Integer, AreaMatch> goal : layout.goals().entrySet()) {
            out.total(vocabularies.amounts(), table, r, goal.getKey(), unit, ctx,
                    new Collector.Subject(TotalKind.GOAL, null, null, goal.getValue(), null), null);
        }
        if (layout.total() >= 0) {
            out.total(vocabularies.amounts(), table, r, layout.total(), unit, ctx,
                    new Collector.Subject(TotalKind.GRAND, null, null, null, null), null);
        }
    }

    private boolean hasRole(String text, ColumnRole role) {
        return vocabularies.headers().roleOf(text).filter(x -> x == role).isPresent();
    }
}
