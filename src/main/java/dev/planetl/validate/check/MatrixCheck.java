package dev.planetl.validate.check;

import dev.planetl.read.ReportedTotal;
import dev.planetl.validate.Rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In a ministry × goal matrix: {@code total.row}, each ministry's printed 계 equals the sum of its cells;
 * {@code total.column}, each goal's printed 합계 equals the sum of its column, and the grand total equals both
 * the sum of the goal totals (the 합계 row) and the sum of the ministry totals (the 계 column). A blank cell is
 * nothing.
 */
public final class MatrixCheck implements Check {

    private final Sums sums;

    public MatrixCheck(Steps steps) {
        this.sums = new Sums(steps);
    }

    @Override
    public List<Evaluation> evaluate(CheckInput input) {
        List<ReportedTotal> all = new ArrayList<>(input.totals());
        all.addAll(input.rejectedTotals());
        Set<ReportedTotal> rejected = Identity.setOf(input.rejectedTotals());
        List<Evaluation> evaluations = new ArrayList<>();
        for (MatrixGrid grid : MatrixGrid.of(all)) {
            List<String> rows = new ArrayList<>(grid.rows());
            rows.add(null);
            for (String row : rows) {
                line(grid, rejected, new MatrixGrid.Position(row, null), grid.cellsOfRow(row),
                        row == null ? Rules.TOTAL_COLUMN : Rules.TOTAL_ROW,
                        "row " + (row == null ? "합계 (goals)" : row)).ifPresent(evaluations::add);
            }
            List<String> columns = new ArrayList<>(grid.columns());
            columns.add(null);
            for (String column : columns) {
                line(grid, rejected, new MatrixGrid.Position(null, column), grid.cellsOfColumn(column),
                        Rules.TOTAL_COLUMN, "column " + (column == null ? "계 (ministries)" : "goal " + column))
                        .ifPresent(evaluations::add);
            }
        }
        return evaluations;
    }

    private Optional<Evaluation> line(MatrixGrid grid, Set<ReportedTotal> rejected, MatrixGrid.Position totalAt,
                                      List<MatrixGrid.Position> cells, String rule, String what) {
        Optional<ReportedTotal> total = grid.at(totalAt);
        if (total.isEmpty() || rejected.contains(total.get()) || cells.isEmpty()) {
            return Optional.empty();
        }
        List<ReportedTotal> addends = new ArrayList<>();
        int rejectedInScope = 0;
        for (MatrixGrid.Position cell : cells) {
            ReportedTotal value = grid.at(cell).orElseThrow();
            if (rejected.contains(value)) {
                rejectedInScope++;
            } else {
                addends.add(value);
            }
        }
        return Optional.of(sums.ofTotals(rule, grid.table().label() + " / " + what, total.get(), addends,
                rejectedInScope));
    }
}
