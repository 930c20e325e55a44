package dev.planetl.read.grid;

import dev.planetl.read.Measure;
import dev.planetl.read.PrintedSum;
import dev.planetl.read.TableFact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The equations a grid's layout prints: each total row is the sum of the rows it closes, each total column the
 * sum of the amount columns of its header group, each 증감 cell the later of its two year columns less the
 * earlier. Where the layout leaves doubt (two grand totals, a part that cannot be read) no equation is stated:
 * a check that cannot be made is not made, rather than made wrong.
 */
final class GridSums {

    private final Grid grid;
    private final GridFacts cells;
    private Set<GridRow> leaves;

    GridSums(Grid grid, GridFacts cells) {
        this.grid = grid;
        this.cells = cells;
    }

    List<PrintedSum> sums() {
        List<PrintedSum> sums = new ArrayList<>();
        List<GridColumn> amounts = grid.amountColumns();
        for (GridRow total : grid.rows().stream().filter(GridRow::total).toList()) {
            List<GridRow> parts = rowParts(total);
            if (parts.isEmpty()) {
                continue;
            }
            for (GridColumn column : amounts) {
                List<int[]> at = parts.stream().map(r -> new int[] {r.index(), column.index()}).toList();
                add(sums, PrintedSum.ROW_TOTAL, label(total) + " row, column " + label(column), column,
                        new int[] {total.index(), column.index()}, at, List.of());
            }
        }
        for (GridColumn total : amounts.stream().filter(GridColumn::total).toList()) {
            List<GridColumn> parts = columnParts(total);
            if (parts.size() < 2) {
                continue;
            }
            for (GridRow row : grid.rows()) {
                add(sums, PrintedSum.COLUMN_TOTAL, label(row) + " row, column " + label(total), total,
                        new int[] {row.index(), total.index()},
                        parts.stream().map(c -> new int[] {row.index(), c.index()}).toList(), List.of());
            }
        }
        for (GridColumn change : grid.columns().stream().filter(c -> c.kind() == GridColumn.Kind.CHANGE).toList()) {
            List<GridColumn> years = amounts.stream().filter(c -> !c.total() && c.fiscalYear() != null
                    && c.index() < change.index()).toList();
            if (years.size() != 2 || years.get(0).fiscalYear().equals(years.get(1).fiscalYear())) {
                continue;
            }
            GridColumn earlier = years.get(0).fiscalYear() < years.get(1).fiscalYear() ? years.get(0) : years.get(1);
            GridColumn later = earlier == years.get(0) ? years.get(1) : years.get(0);
            for (GridRow row : grid.rows()) {
                add(sums, PrintedSum.CHANGE, label(row) + " row, column " + label(change) + " = " + label(later)
                        + " − " + label(earlier), later, new int[] {row.index(), change.index()},
                        List.of(new int[] {row.index(), later.index()}),
                        List.of(new int[] {row.index(), earlier.index()}));
            }
        }
        return sums;
    }

    /**
     * The columns a total column closes: the run of amount columns next to it, left of it (국비 | 지방비 | 계), else
     * right of it (계 | 국비 | 지방비), up to another total or a column that is no amount, and of its header group
     * when it has one ({@code 2024 › 계} closes {@code 2024 › 국비}, {@code 2024 › 지방비}). Extractors that lose a
     * header's span leave a group's first column alone under it, so without a group of its own the run decides.
     */
    private List<GridColumn> columnParts(GridColumn total) {
        List<GridColumn> left = run(total, -1);
        List<GridColumn> parts = left.size() >= 2 ? left : run(total, 1);
        boolean sameYear = parts.stream().allMatch(c -> total.fiscalYear() == null
                || total.fiscalYear().equals(c.fiscalYear()) || c.fiscalYear() == null);
        return sameYear ? parts : List.of();
    }

    private List<GridColumn> run(GridColumn total, int step) {
        List<GridColumn> run = new ArrayList<>();
        for (int i = total.index() + step; i >= 0 && i < grid.columns().size(); i += step) {
            GridColumn c = grid.columns().get(i);
            if (c.kind() != GridColumn.Kind.AMOUNT || c.total()
                    || (!prefix(total).isEmpty() && !prefix(c).equals(prefix(total)))) {
                break;
            }
            run.add(c);
        }
        return run;
    }

    /**
     * The rows a total row closes. A 소계 under a group (its path has labels before its own) closes the group's
     * other rows; a bare 소계 the rows since the total above it; a 합계 of the whole table the 소계s and every row
     * no 소계 closes. Only leaves are added: a row whose labels head other rows (수입 over 경상수입, 자본수입) is
     * their sum already.
     */
    private List<GridRow> rowParts(GridRow total) {
        List<GridRow> rows = grid.rows();
        Set<GridRow> leaves = leaves();
        List<String> prefix = total.prefix();
        if (!total.grand()) {
            if (!prefix.isEmpty()) {
                return rows.stream().filter(r -> leaves.contains(r) && startsWith(r.path(), prefix)
                        && r.path().size() > prefix.size()).toList();
            }
            List<GridRow> parts = new ArrayList<>();
            for (GridRow r : rows) {
                if (r == total) {
                    return parts;
                }
                if (r.total()) {
                    parts.clear();
                } else if (leaves.contains(r)) {
                    parts.add(r);
                }
            }
            return List.of();
        }
        if (rows.stream().filter(GridRow::grand).count() != 1) {
            return List.of();
        }
        List<GridRow> subtotals = rows.stream().filter(r -> r.total() && !r.grand()).toList();
        Set<GridRow> closed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (GridRow subtotal : subtotals) {
            closed.addAll(rowParts(subtotal));
        }
        List<GridRow> parts = new ArrayList<>(subtotals);
        for (GridRow r : rows) {
            if (leaves.contains(r) && !closed.contains(r)) {
                parts.add(r);
            }
        }
        parts.sort(java.util.Comparator.comparingInt(GridRow::index));
        return parts;
    }

    /**
     * The rows that may be added: not totals, with a label path, and heading no other row (no row's path runs on
     * from theirs). Computed once a grid: with the prefixes of every path in a set, each row is one look-up, so a
     * project list of 100,000 rows costs 100,000 look-ups rather than 100,000².
     */
    private Set<GridRow> leaves() {
        if (leaves == null) {
            Set<List<String>> heads = new HashSet<>();
            for (GridRow o : grid.rows()) {
                for (int k = 0; k < o.path().size(); k++) {
                    heads.add(o.path().subList(0, k));
                }
            }
            Set<GridRow> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (GridRow r : grid.rows()) {
                if (!r.total() && !r.path().isEmpty() && !heads.contains(r.path())) {
                    found.add(r);
                }
            }
            leaves = found;
        }
        return leaves;
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private void add(List<PrintedSum> sums, String rule, String scope, GridColumn period, int[] totalAt,
                     List<int[]> plusAt, List<int[]> minusAt) {
        CellValue total = cells.valueAt(totalAt[0], totalAt[1]);
        if (!total.usable() || total.amount() == null) {
            return;
        }
        List<PrintedSum.Term> plus = terms(plusAt);
        List<PrintedSum.Term> minus = terms(minusAt);
        if (plus == null || minus == null) {
            return;
        }
        String currency = total.term().currency();
        boolean oneCurrency = java.util.stream.Stream.concat(plus.stream(), minus.stream())
                .allMatch(t -> t.currency() == null || Objects.equals(t.currency(), currency));
        if (!oneCurrency) {
            return;
        }
        Integer year = period.fiscalYear() != null ? period.fiscalYear() : grid.context().fiscalYear();
        Measure measure = period.measure() != null ? period.measure() : grid.context().measure();
        sums.add(new PrintedSum(rule, grid.tableRef() + " " + scope, year, measure, total.term(), plus, minus));
    }

    private List<PrintedSum.Term> terms(List<int[]> at) {
        List<PrintedSum.Term> terms = new ArrayList<>();
        for (int[] a : at) {
            CellValue v = cells.valueAt(a[0], a[1]);
            if (!v.usable()) {
                return null;
            }
            terms.add(v.term());
        }
        return terms;
    }

    private static List<String> prefix(GridColumn c) {
        return c.path().isEmpty() ? List.of() : c.path().subList(0, c.path().size() - 1);
    }

    private static String label(GridRow r) {
        return "'" + String.join(TableFact.PATH_SEPARATOR, r.path()) + "'";
    }

    private static String label(GridColumn c) {
        return "'" + String.join(TableFact.PATH_SEPARATOR, c.path()) + "'";
    }
}
