package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.BudgetLine;
import dev.planetl.read.Severity;
import dev.planetl.read.TableFact;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.grid.Grid;
import dev.planetl.read.grid.GridColumn;
import dev.planetl.read.grid.GridFact;
import dev.planetl.read.grid.GridReading;
import dev.planetl.read.grid.GridRow;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.PolicyArea;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The general projection of a table onto budget lines and totals: for a table no kind reader recognises, what its
 * {@link Grid}'s roles make certain. The kind readers are projections of one layout each; this one reads any
 * layout whose row labels stand under a program header (사업명, 내역사업, 세부사업 …, {@code header-synonyms.tsv}).
 *
 * <ul>
 *   <li>A line is a body row that is no total and encloses no other row, whose innermost label is printed in the
 *   program column of that row: one line per fact of the row in a fiscal-year column (a column with its own year
 *   and measure, no total column, no other column of the same year and measure). The line's amount is the fact's,
 *   so a line and the fact of its cell never differ.</li>
 *   <li>Its ministry is the row's ministry column, else the title page's single issuing ministry
 *   ({@link LineMinistry}, as the kind readers place it); its status the row's 신규/계속 column; its area the
 *   row's group label when that names an area (numbered, or known to the catalogue), else the section's.</li>
 *   <li>A total row is a total: 합계/총계 the grand total; a 소계 or {@code 전략1 계} the total of the area or
 *   ministry its group (or its own label) names, else of the section's area; one it cannot place is a finding.</li>
 * </ul>
 * What the grid leaves in doubt is a finding, never a guess: two columns of one year and measure
 * ({@code context.unknown}), program columns beside other row labels ({@code table.roles_ambiguous}), a row with
 * amounts and no program ({@code line.program_missing}), a ministry no dictionary resolves. Cells that cannot be
 * read, and columns without year or measure, are already the grid's findings. Stateless and thread-safe.
 */
final class GridProjection {

    /** The rule of a finding that says the grid's row labels leave the program in doubt. */
    static final String ROLES_AMBIGUOUS = "table.roles_ambiguous";

    private final Vocabularies vocabularies;

    GridProjection(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    /**
     * @return lines, totals and findings, or empty when the grid has no program column (nothing to project)
     */
    Optional<TableReading> project(GridReading reading) {
        Grid grid = reading.grid();
        Table table = grid.table();
        int firstAmount = grid.amountColumns().stream().mapToInt(GridColumn::index).min().orElse(0);
        List<GridColumn> labels = grid.columns().stream()
                .filter(c -> c.index() < firstAmount && c.kind() == GridColumn.Kind.LABEL).toList();
        List<GridColumn> programs = labels.stream().filter(this::namesProgram).toList();
        if (programs.isEmpty()) {
            return Optional.empty();
        }
        Collector out = new Collector();
        int innermost = labels.get(labels.size() - 1).index();
        boolean oneHeader = programs.stream().map(GridColumn::path).distinct().count() == 1;
        boolean trailing = programs.get(programs.size() - 1).index() == innermost
                && programs.get(0).index() == innermost - programs.size() + 1;
        if (!trailing || programs.size() > 1 && !oneHeader) {
            out.finding(Severity.WARNING, ROLES_AMBIGUOUS, Cells.where(table, -1) + ": program columns "
                    + paths(programs) + " beside the row labels " + paths(labels)
                    + "; which label names a project is not certain, no line is read", Cells.rowText(table, 0),
                    Cells.rowRef(table, 0));
            return Optional.of(out.build());
        }
        Set<Integer> periods = periodColumns(grid, out);
        List<GridFact> facts = reading.facts().stream().filter(f -> periods.contains(f.column().index())).toList();
        Map<GridRow, List<GridFact>> byRow = new LinkedHashMap<>();
        facts.forEach(f -> byRow.computeIfAbsent(f.row(), r -> new ArrayList<>()).add(f));
        Set<List<String>> enclosing = enclosingPaths(grid);
        Set<Integer> programColumns = new HashSet<>();
        programs.forEach(c -> programColumns.add(c.index()));
        int latestYear = facts.stream().mapToInt(f -> f.fact().fiscalYear()).max().orElse(0);
        LineMinistry ministries = new LineMinistry(vocabularies, table, grid.context(), out, latestYear);
        GridTotals totals = new GridTotals(vocabularies, grid, out);
        Set<String> unresolvedGroups = new HashSet<>();
        for (Map.Entry<GridRow, List<GridFact>> entry : byRow.entrySet()) {
            GridRow row = entry.getKey();
            if (row.total()) {
                totals.write(row, entry.getValue());
            } else if (!enclosing.contains(row.path())) {
                Optional<String> program = program(table, row, programColumns);
                if (program.isEmpty()) {
                    out.finding(Severity.ERROR, "line.program_missing", Cells.where(table, row.index())
                            + ": an amount without a project name", Cells.rowText(table, row.index()),
                            Cells.rowRef(table, row.index()));
                    continue;
                }
                Optional<AreaMatch> area = area(grid, row, unresolvedGroups, out);
                for (GridFact f : entry.getValue()) {
                    line(grid, row, program.get(), area, f.fact(), ministries, out);
                }
            }
        }
        return Optional.of(out.build());
    }

    private boolean namesProgram(GridColumn column) {
        for (int i = column.path().size() - 1; i >= 0; i--) {
            Optional<ColumnRole> role = vocabularies.headers().roleOf(column.path().get(i));
            if (role.isPresent()) {
                return role.get() == ColumnRole.PROGRAM;
            }
        }
        return false;
    }

    /**
     * The amount columns that each hold one fiscal year and measure of their own. A column the grid gives no measure
     * ({@code 2024년} in a 2025 plan: budget or outturn?) has no facts, the grid's finding; columns sharing a period
     * (국비 | 지방비 under one year) are left out, as the kind readers leave them: which figure is the project's is
     * not certain.
     */
    private Set<Integer> periodColumns(Grid grid, Collector out) {
        Map<String, List<GridColumn>> byPeriod = new LinkedHashMap<>();
        for (GridColumn c : grid.amountColumns()) {
            if (c.total() || c.fiscalYear() == null || c.measure() == null) {
                continue; // a total column is checked, not projected; one without a period is the grid's finding
            }
            byPeriod.computeIfAbsent(c.fiscalYear() + " " + c.measure(), k -> new ArrayList<>()).add(c);
        }
        Set<Integer> read = new HashSet<>();
        byPeriod.values().forEach(columns -> {
            if (columns.size() == 1) {
                read.add(columns.get(0).index());
            } else {
                columns.forEach(c -> unread(grid, c, out));
            }
        });
        return read;
    }

    private static void unread(Grid grid, GridColumn c, Collector out) {
        String path = String.join(TableFact.PATH_SEPARATOR, c.path());
        out.finding(Severity.ERROR, "context.unknown", Cells.where(grid.table(), -1) + ": amount column '" + path
                + "' states no fiscal year or measure of its own, or repeats those of another column; its figures"
                + " are not read as lines or totals", path, Cells.cellRef(grid.table(), 0, c.index()));
    }

    /** The paths of rows that other rows stand under: group and heading rows, no lines of their own. */
    private static Set<List<String>> enclosingPaths(Grid grid) {
        Set<List<String>> out = new HashSet<>();
        for (GridRow row : grid.rows()) {
            for (int n = 1; n < row.path().size(); n++) {
                out.add(List.copyOf(row.path().subList(0, n)));
            }
        }
        return out;
    }

    /** The row's innermost label when a program column of this very row prints it. */
    private static Optional<String> program(Table table, GridRow row, Set<Integer> programColumns) {
        if (row.path().isEmpty()) {
            return Optional.empty();
        }
        String innermost = row.path().get(row.path().size() - 1);
        for (int c : programColumns) {
            boolean own = table.cellAt(row.index(), c).filter(cell -> cell.row() == row.index()
                    && cell.column() == c).isPresent();
            if (own && Cells.text(table, row.index(), c).equals(innermost)) {
                return Optional.of(RowLabels.withoutItemMark(innermost));
            }
        }
        return Optional.empty();
    }

    /**
     * The area of a line: the innermost of its group labels that names an area; none when it stands in a group that
     * names none (a warning, once a label); the section's when it stands in no group.
     */
    private Optional<AreaMatch> area(Grid grid, GridRow row, Set<String> unresolved, Collector out) {
        List<String> groups = row.prefix();
        for (int i = groups.size() - 1; i >= 0; i--) {
            Optional<AreaMatch> area = vocabularies.areas().fromLabel(groups.get(i), PolicyArea.Level.GOAL,
                    grid.context().series());
            if (area.isPresent()) {
                return area;
            }
        }
        if (!groups.isEmpty() && unresolved.add(String.join(TableFact.PATH_SEPARATOR, groups))) {
            String group = groups.get(groups.size() - 1);
            out.finding(Severity.WARNING, "policy_area.unresolved", Cells.where(grid.table(), row.index()) + ": '"
                    + group + "' carries no area numbering and names no known area; its lines are kept without area",
                    group, Cells.rowRef(grid.table(), row.index()));
        }
        return Optional.empty();
    }

    private void line(Grid grid, GridRow row, String program, Optional<AreaMatch> area, TableFact fact,
                      LineMinistry ministries, Collector out) {
        Table table = grid.table();
        int r = row.index();
        if (!"KRW".equals(fact.currency())) {
            out.finding(Severity.ERROR, "amount.currency", Cells.where(table, r) + ", project '" + program
                    + "': amount in " + fact.currency() + " is not read as won", fact.amountAsWritten(),
                    Cells.rowRef(table, r));
            return;
        }
        int ministryColumn = column(grid, ColumnRole.MINISTRY);
        String printed = ministryColumn >= 0 ? Cells.covering(table, r, ministryColumn) : "";
        Optional<LineMinistry.Placed> ministry = ministries.of(r, printed, ministryColumn, program,
                fact.fiscalYear());
        if (ministry.isEmpty()) {
            return;
        }
        TableContext ctx = grid.context();
        boolean grouped = !row.prefix().isEmpty();
        String areaCode = area.map(a -> a.area().code()).orElse(grouped ? null : ctx.areaCode());
        String areaName = area.map(a -> a.area().canonicalName()).orElse(grouped ? null : ctx.areaName());
        out.line(new BudgetLine(fact.fiscalYear(), fact.measure(), ministry.get().ministry(), ministry.get().asWritten(),
                areaCode, areaName, program, status(grid, r), fact.amount(), fact.amountAsWritten(),
                fact.unitAsWritten(), Cells.rowRef(table, r)));
    }

    /** 신규 or 계속 from the row's status column; null when there is none or it says neither. */
    private static Boolean status(Grid grid, int r) {
        int column = column(grid, ColumnRole.STATUS);
        if (column < 0) {
            return null;
        }
        String text = Cells.text(grid.table(), r, column).replace(" ", "");
        if (text.startsWith("신규")) {
            return Boolean.TRUE;
        }
        return text.startsWith("계속") ? Boolean.FALSE : null;
    }

    /** The first column that is never an amount and has the role (ministry, status), or -1. */
    static int column(Grid grid, ColumnRole role) {
        return grid.columns().stream().filter(c -> c.kind() == GridColumn.Kind.OTHER && c.role() == role)
                .mapToInt(GridColumn::index).findFirst().orElse(-1);
    }

    private static String paths(List<GridColumn> columns) {
        return columns.stream().map(c -> "'" + String.join(TableFact.PATH_SEPARATOR, c.path()) + "'").toList()
                .toString();
    }
}
