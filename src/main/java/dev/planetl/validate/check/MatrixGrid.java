package dev.planetl.validate.check;

import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import dev.planetl.validate.Period;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A ministry × goal matrix as one table prints it for one period: cells (MINISTRY_GOAL), row totals (MINISTRY,
 * the 계 column), column totals (GOAL, the 합계 row) and the grand total in their corner. A row or column key of
 * {@code null} stands for the totals row or column. Totals whose amount could not be read stand in the grid too.
 */
public final class MatrixGrid {

    /** Where a total stands: {@code row} a ministry or null for the totals row, {@code column} a goal or null. */
    public record Position(String row, String column) {

        public boolean isTotalRow() {
            return row == null;
        }

        public boolean isTotalColumn() {
            return column == null;
        }
    }

    private final TableKey key;
    private final Map<Position, ReportedTotal> values;
    private final List<String> rows;
    private final List<String> columns;

    private MatrixGrid(TableKey key, Map<Position, ReportedTotal> values) {
        this.key = key;
        this.values = values;
        Set<String> r = new LinkedHashSet<>();
        Set<String> c = new LinkedHashSet<>();
        values.keySet().forEach(p -> {
            if (p.row() != null) r.add(p.row());
            if (p.column() != null) c.add(p.column());
        });
        this.rows = List.copyOf(r);
        this.columns = List.copyOf(c);
    }

    /** The matrices among the totals: every table and period that prints at least one ministry × goal cell. */
    public static List<MatrixGrid> of(List<ReportedTotal> totals) {
        Map<TableKey, Map<Position, ReportedTotal>> byTable = new LinkedHashMap<>();
        Set<TableKey> matrices = new LinkedHashSet<>();
        for (ReportedTotal total : totals) {
            TableKey table = TableKey.of(total);
            if (table == null) continue;
            if (total.kind() == TotalKind.MINISTRY_GOAL) matrices.add(table);
            position(total).ifPresent(p -> byTable.computeIfAbsent(table, t -> new LinkedHashMap<>()).putIfAbsent(p, total));
        }
        List<MatrixGrid> grids = new ArrayList<>();
        for (TableKey table : matrices) {
            grids.add(new MatrixGrid(table, byTable.get(table)));
        }
        return grids;
    }

    /** Where the total stands in a matrix, empty when its kind or keys do not place it. */
    public static Optional<Position> position(ReportedTotal total) {
        if (total.kind() == null) return Optional.empty();
        return switch (total.kind()) {
            case MINISTRY_GOAL -> total.ministry() == null || total.policyAreaCode() == null ? Optional.empty()
                    : Optional.of(new Position(total.ministry(), total.policyAreaCode()));
            case MINISTRY -> total.ministry() == null ? Optional.empty()
                    : Optional.of(new Position(total.ministry(), null));
            case GOAL -> total.policyAreaCode() == null ? Optional.empty()
                    : Optional.of(new Position(null, total.policyAreaCode()));
            case GRAND -> Optional.of(new Position(null, null));
            case TARGET -> Optional.empty();
        };
    }

    public TableKey table() {
        return key;
    }

    public Period period() {
        return key.period();
    }

    /** Ministries in the order the table prints them. */
    public List<String> rows() {
        return rows;
    }

    /** Goal codes in the order the table prints them. */
    public List<String> columns() {
        return columns;
    }

    public Optional<ReportedTotal> at(Position position) {
        return Optional.ofNullable(values.get(position));
    }

    public boolean contains(ReportedTotal total) {
        return position(total).map(p -> values.get(p) == total).orElse(false);
    }

    /** The cells of a row (ministry, or null for the totals row), without its total, in print order. */
    public List<Position> cellsOfRow(String row) {
        List<Position> cells = new ArrayList<>();
        for (String column : columns) {
            Position p = new Position(row, column);
            if (values.containsKey(p)) cells.add(p);
        }
        return cells;
    }

    /** The cells of a column (goal, or null for the totals column), without its total, in print order. */
    public List<Position> cellsOfColumn(String column) {
        List<Position> cells = new ArrayList<>();
        for (String row : rows) {
            Position p = new Position(row, column);
            if (values.containsKey(p)) cells.add(p);
        }
        return cells;
    }
}
