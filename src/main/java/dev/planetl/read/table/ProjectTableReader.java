package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.vocab.AreaLabel;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.PolicyArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads project lists of any plan: a program column (사업명, 세부사업, or a 프로그램 | 단위사업 | 세부사업 hierarchy) and
 * one or more amount columns, each a fiscal year ({@code 2023년 예산 | 2024년 예산(안)}: a line per year), beside
 * optional strategy, ministry and status columns; 증감, 증감률, 비중, 연번 and 비고 are not amounts. A strategy cell
 * merged (or left empty) down its projects places them in that area, numbered as printed; a 소계 row closes the
 * area (a goal or target total), 합계 the table (the grand total); a hierarchy's enclosing rows are totals of the
 * lines under them, checked here. A row with only a name under a project is the rest of its wrapped name.
 *
 * <p>Tables the seed-series reader reads as they are (one program column, a ministry column, no strategy column,
 * no 증감, no totals inside) are left to {@link ProjectListTableReader}. Stateless and thread-safe.
 */
public final class ProjectTableReader implements TableReader {

    /**
     * @param programs the program columns, outermost first; the last holds the line's name
     * @param area the strategy/goal column, or -1
     */
    record Layout(TableLayout columns, List<Integer> programs, int area, int ministry, int status) {
    }

    /** A row of the list: a project (a line per amount column), a total, or an enclosing hierarchy row. */
    sealed interface Item permits Line, Total, Enclosing {
        int row();
    }

    record Line(int row, StringBuilder program, AreaMatch area) implements Item {
    }

    record Total(int row, TotalKind kind, AreaMatch area) implements Item {
    }

    record Enclosing(int row, int level, String label) implements Item {
    }

    private final Vocabularies vocabularies;
    private final ProjectAreas areas;

    public ProjectTableReader(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
        this.areas = new ProjectAreas(vocabularies);
    }

    @Override
    public boolean recognises(Table table) {
        return layout(table).filter(l -> general(table, l)).isPresent();
    }

    Optional<Layout> layout(Table table) {
        Optional<TableLayout> found = TableLayout.of(vocabularies, table);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TableLayout t = found.get();
        List<Integer> amounts = t.columns(ColumnRole.AMOUNT);
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        int firstAmount = amounts.get(0);
        List<Integer> programs = t.columns(ColumnRole.PROGRAM).stream().filter(c -> c < firstAmount).toList();
        if (programs.isEmpty()) {
            int item = ItemColumn.find(vocabularies, table, t, firstAmount);
            if (item < 0) {
                return Optional.empty();
            }
            programs = List.of(item);
        }
        if (programs.size() > 1 && anyAreaLabel(table, t, programs.get(0))) {
            // 추진과제 | 세부사업명 with numbered tasks (1-1. …) over their projects: the tasks are areas
            return Optional.of(new Layout(t, programs.subList(1, programs.size()), programs.get(0),
                    t.first(ColumnRole.MINISTRY), status(table, t)));
        }
        int status = status(table, t);
        int area = -1;
        for (int c = 0; c < programs.get(0) && area < 0; c++) {
            ColumnRole role = t.role(c);
            boolean labelColumn = role == null || role == ColumnRole.GOAL || role == ColumnRole.TARGET
                    || role == ColumnRole.LABEL || role == ColumnRole.STATUS && c != status;
            if (labelColumn && anyAreaLabel(table, t, c)) {
                area = c;
            }
        }
        return Optional.of(new Layout(t, programs, area, t.first(ColumnRole.MINISTRY), status));
    }

    /** True when the table has what the seed-series reader does not read. */
    private boolean general(Table table, Layout l) {
        TableLayout t = l.columns();
        if (t.role(l.programs().get(0)) != ColumnRole.PROGRAM) {
            return true; // items named under 구분: the seed-series reader needs a program header
        }
        if (l.area() >= 0 && t.role(l.area()) != ColumnRole.TARGET || l.programs().size() > 1 || l.ministry() < 0
                || !t.columns(ColumnRole.CHANGE).isEmpty() || !t.columns(ColumnRole.CHANGE_RATE).isEmpty()
                || t.headerRows() > 1) {
            return true;
        }
        for (int r = t.headerRows(); r < table.rowCount(); r++) {
            if (RowLabels.total(vocabularies.headers(), Cells.text(table, r, l.programs().get(0)))
                    == RowLabels.Total.GROUP) {
                return true;
            }
        }
        return false;
    }

    /** The status column: a 신규/계속 header, or a 구분 whose cells are all 신규/계속; else -1. */
    private static int status(Table table, TableLayout t) {
        int status = t.first(ColumnRole.STATUS);
        return status >= 0 && statusCells(table, t, status) ? status : -1;
    }

    static boolean statusCells(Table table, TableLayout t, int column) {
        boolean any = false;
        for (int r = t.headerRows(); r < table.rowCount(); r++) {
            String text = Cells.text(table, r, column);
            if (!text.isEmpty()) {
                if (!RowLabels.isStatus(text)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private boolean anyAreaLabel(Table table, TableLayout t, int column) {
        for (int r = t.headerRows(); r < table.rowCount(); r++) {
            String text = Cells.text(table, r, column);
            if (!text.isEmpty() && !RowLabels.isTotalRole(vocabularies, text)
                    && (AreaLabel.parse(text).isPresent()
                    || vocabularies.areas().resolve(text, PolicyArea.Level.GOAL, null).isPresent())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Layout layout = layout(table).orElseThrow(() -> new IllegalArgumentException(
                Cells.where(table, -1) + " is not a project list"));
        Collector out = new Collector();
        List<TableLayout.AmountColumn> columns = layout.columns().amountColumns(vocabularies, context, table, out);
        if (columns.isEmpty()) {
            return out.build();
        }
        List<Item> items = scan(table, layout, context, columns, out);
        new ProjectLineWriter(vocabularies, table, layout, columns, context, out).write(items);
        return out.build();
    }

    /** The rows as items, wrapped names joined and areas carried down. */
    private List<Item> scan(Table table, Layout layout, TableContext ctx, List<TableLayout.AmountColumn> columns,
                            Collector out) {
        List<Item> items = new ArrayList<>();
        AreaMatch area = null;
        String areaPrinted = "";
        Line last = null;
        int inner = layout.programs().get(layout.programs().size() - 1);
        for (int row = layout.columns().headerRows(); row < table.rowCount(); row++) {
            int r = row;
            if (Cells.blankRow(table, r) || layout.columns().isHeaderRepeat(table, r)) {
                continue;
            }
            boolean hasAmount = columns.stream().anyMatch(c -> !Cells.text(table, r, c.column()).isEmpty());
            Optional<Total> total = total(table, r, layout, ctx, area, out);
            if (total.isPresent()) {
                items.add(total.get());
                if (total.get().kind() == TotalKind.GRAND) {
                    area = null;
                    areaPrinted = "";
                }
                last = null;
                continue;
            }
            String areaText = layout.area() >= 0 ? Cells.text(table, r, layout.area()) : "";
            if (!areaText.isEmpty() && !areaText.equals(areaPrinted)) {
                Optional<AreaMatch> named = vocabularies.areas().fromLabel(areaText, PolicyArea.Level.GOAL,
                        ctx.series());
                if (named.isPresent()) {
                    area = named.get();
                    areaPrinted = areaText;
                    last = null;
                } else if (area != null) {
                    // the rest of a strategy name wrapped onto the next line: the area keeps its code
                    areaPrinted = areaPrinted + " " + areaText;
                    AreaMatch whole = vocabularies.areas().fromLabel(areaPrinted, PolicyArea.Level.GOAL,
                            ctx.series()).orElse(area);
                    rename(items, area, whole);
                    area = whole;
                } else {
                    out.finding(Severity.WARNING, "policy_area.unresolved", Cells.where(table, r) + ": '"
                            + areaText + "' carries no area numbering and names no known area; its lines are "
                            + "kept without area", areaText, Cells.cellRef(table, r, layout.area()));
                    areaPrinted = areaText;
                }
            }
            for (int k = 0; k < layout.programs().size() - 1; k++) {
                String outer = Cells.text(table, r, layout.programs().get(k));
                if (!outer.isEmpty() && hasAmount && Cells.text(table, r, inner).isEmpty()) {
                    items.add(new Enclosing(r, k, outer));
                    last = null;
                }
            }
            String name = Cells.text(table, r, inner);
            if (name.isEmpty()) {
                if (hasAmount && items.stream().noneMatch(i -> i.row() == r)) {
                    out.finding(Severity.ERROR, "line.program_missing", Cells.where(table, r)
                            + ": an amount without a project name", Cells.rowText(table, r), Cells.rowRef(table, r));
                }
                continue;
            }
            boolean nameOnly = !hasAmount && (layout.ministry() < 0 || Cells.text(table, r, layout.ministry())
                    .isEmpty()) && (layout.status() < 0 || Cells.text(table, r, layout.status()).isEmpty());
            if (nameOnly) {
                Optional<AreaMatch> heading = layout.area() < 0 && layout.programs().size() == 1
                        ? areas.headingRow(name, ctx).or(() -> AreaLabel.parse(name).flatMap(a -> vocabularies
                        .areas().fromLabel(name, PolicyArea.Level.GOAL, ctx.series())))
                        : Optional.empty();
                if (heading.isPresent()) {
                    area = heading.get();
                    areaPrinted = "";
                    last = null;
                } else if (last != null) {
                    last.program().append(' ').append(name);
                } else {
                    out.finding(Severity.WARNING, "line.amount_missing", Cells.where(table, r) + ": project '"
                            + name + "' has no amount printed", Cells.rowText(table, r), Cells.rowRef(table, r));
                }
                continue;
            }
            last = new Line(r, new StringBuilder(name), area);
            items.add(last);
        }
        return items;
    }

    /** Items placed under an area whose name turned out to continue on the next line get the whole name. */
    private static void rename(List<Item> items, AreaMatch from, AreaMatch to) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Line l && l.area() == from) {
                items.set(i, new Line(l.row(), l.program(), to));
            }
        }
    }

    /** A total row: 합계 closes the table; 소계, {@code 전략1 계} or a 계 inside a group close the group. */
    private Optional<Total> total(Table table, int r, Layout layout, TableContext ctx, AreaMatch area,
                                  Collector out) {
        int firstAmount = layout.columns().first(ColumnRole.AMOUNT);
        for (int c = 0; c < firstAmount; c++) {
            if (c == layout.ministry() || c == layout.status()) {
                continue;
            }
            String label = Cells.text(table, r, c);
            RowLabels.Total kind = RowLabels.total(vocabularies.headers(), label);
            if (kind == RowLabels.Total.NONE) {
                continue;
            }
            AreaMatch closes = RowLabels.areaOfTotal(label)
                    .flatMap(a -> vocabularies.areas().fromLabel(a, PolicyArea.Level.GOAL, ctx.series()))
                    .orElse(area);
            if (kind == RowLabels.Total.GRAND || kind == RowLabels.Total.PLAIN && (area == null || c == layout.area())) {
                return Optional.of(new Total(r, TotalKind.GRAND, null));
            }
            if (closes == null) {
                closes = ctx.target() != null ? ctx.target() : ctx.goal();
            }
            if (closes == null) {
                out.finding(Severity.WARNING, "total.unplaced", Cells.where(table, r) + ": a '" + label
                        + "' row that closes no strategy or goal the table or its headings name; not read",
                        Cells.rowText(table, r), Cells.rowRef(table, r));
                return Optional.of(new Total(r, null, null));
            }
            return Optional.of(new Total(r, closes.area().level() == PolicyArea.Level.TARGET
                    ? TotalKind.TARGET : TotalKind.GOAL, closes));
        }
        return Optional.empty();
    }
}
