package dev.planetl.validate.check;

import dev.planetl.read.ReportedTotal;
import dev.planetl.read.TotalKind;
import dev.planetl.validate.Rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code total.grand}: a table that lists goals, ministries or targets (not a matrix, which {@link MatrixCheck}
 * covers) adds up to the grand total of its period: the one printed in the same table, else the first the
 * document prints (a 부처별 table printed in three pairs of columns has no 합계 of its own).
 */
public final class GrandCheck implements Check {

    private static final List<TotalKind> PARTS = List.of(TotalKind.GOAL, TotalKind.MINISTRY, TotalKind.TARGET);

    private final Sums sums;

    public GrandCheck(Steps steps) {
        this.sums = new Sums(steps);
    }

    @Override
    public List<Evaluation> evaluate(CheckInput input) {
        List<ReportedTotal> all = new ArrayList<>(input.totals());
        all.addAll(input.rejectedTotals());
        Set<ReportedTotal> rejected = Identity.setOf(input.rejectedTotals());
        Set<TableKey> matrices = MatrixGrid.of(all).stream().map(MatrixGrid::table).collect(Collectors.toSet());
        Map<TableKey, List<ReportedTotal>> byTable = new LinkedHashMap<>();
        for (ReportedTotal total : input.totals()) {
            TableKey table = TableKey.of(total);
            if (table != null && !matrices.contains(table)) {
                byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(total);
            }
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (Map.Entry<TableKey, List<ReportedTotal>> entry : byTable.entrySet()) {
            TableKey table = entry.getKey();
            for (TotalKind kind : PARTS) {
                List<ReportedTotal> parts = entry.getValue().stream().filter(t -> t.kind() == kind).toList();
                long kept = input.rejectedTotals().stream()
                        .filter(t -> t.kind() == kind && table.equals(TableKey.of(t))).count();
                if (parts.isEmpty() || parts.size() + kept < 2) continue;
                Optional<ReportedTotal> grand = Figures.grandFor(parts.get(0), input.totals());
                if (grand.isEmpty() || rejected.contains(grand.get())) continue;
                evaluations.add(sums.ofTotals(Rules.TOTAL_GRAND, table.label() + " / "
                        + kind.code() + " totals = grand total at " + Figures.ref(grand.get()), grand.get(), parts,
                        (int) kept));
            }
        }
        return evaluations;
    }
}
