package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.PolicyArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads totals by strategy or goal of any plan, one area a row ({@code 구분 | 2023년 예산 | 2024년 예산(안) | 증감}, then
 * {@code 전략1 과학기술 인재 양성 | 1,200 | 1,350 | 150} … {@code 합계}): each area's total per amount column, with the
 * area as the document prints it and its code from its numbering ({@code 전략1}, {@code 1.}, {@code Ⅱ.}, {@code ①},
 * {@code 1-2} for a second-level area), the catalogue giving the canonical name where it knows the area. A second
 * label column holds the name ({@code 전략1 | 과학기술 인재 양성}) or the targets of a goal merged down; a 소계 row
 * closes the goal above, 합계 the table. 증감, 증감률 and 비중 are not read as amounts.
 */
public final class AreaRowsTableReader implements TableReader {

    private record Layout(TableLayout columns, List<Integer> labels) {
    }

    private final Vocabularies vocabularies;

    public AreaRowsTableReader(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    @Override
    public boolean recognises(Table table) {
        return layout(table).isPresent();
    }

    private Optional<Layout> layout(Table table) {
        Optional<TableLayout> found = TableLayout.of(vocabularies, table);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TableLayout t = found.get();
        int firstAmount = t.first(ColumnRole.AMOUNT);
        int ministry = t.first(ColumnRole.MINISTRY);
        if (firstAmount < 1 || t.first(ColumnRole.PROGRAM) >= 0 || ministry >= 0 && !leadMinistry(table, t, ministry)) {
            return Optional.empty();
        }
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < firstAmount; c++) {
            ColumnRole role = t.role(c);
            if (role == null || role == ColumnRole.GOAL || role == ColumnRole.TARGET || role == ColumnRole.STATUS
                    || role == ColumnRole.LABEL) {
                labels.add(c);
            }
        }
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        Layout layout = new Layout(t, labels);
        int areaRows = 0;
        for (int r = t.headerRows(); r < table.rowCount(); r++) {
            if (RowLabels.total(vocabularies.headers(), innermost(table, r, labels)) == RowLabels.Total.NONE
                    && area(table, r, layout, null).isPresent()) {
                areaRows++;
            }
        }
        return areaRows >= 2 ? Optional.of(layout) : Optional.empty();
    }

    /**
     * A ministry column beside the areas ({@code 구분 | 주관부처 | 2024년 예산}, each area its own label and its lead
     * ministry): the figures are the areas' totals, the ministry is not read. A ministry column before the labels,
     * or beside labels merged down, makes the ministries the rows' subject: not this reader's.
     */
    private boolean leadMinistry(Table table, TableLayout t, int ministry) {
        if (ministry < 1 || ministry > t.first(ColumnRole.AMOUNT) || t.columns(ColumnRole.MINISTRY).size() > 1) {
            return false;
        }
        ColumnRole left = t.role(ministry - 1);
        return (left == null || left == ColumnRole.LABEL || left == ColumnRole.STATUS || left == ColumnRole.GOAL
                || left == ColumnRole.TARGET) && ItemColumn.ownLabelsLeftOf(vocabularies, table, t.headerRows(), ministry);
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Layout layout = layout(table).orElseThrow(() -> new IllegalArgumentException(
                Cells.where(table, -1) + " is not a table of area totals"));
        Collector out = new Collector();
        List<TableLayout.AmountColumn> columns = layout.columns().amountColumns(vocabularies, context, table, out);
        AreaMatch goal = null;
        for (int r = layout.columns().headerRows(); r < table.rowCount(); r++) {
            if (Cells.blankRow(table, r) || layout.columns().isHeaderRepeat(table, r)) {
                continue;
            }
            String label = innermost(table, r, layout.labels());
            RowLabels.Total total = RowLabels.total(vocabularies.headers(), label);
            Collector.Subject subject;
            if (total == RowLabels.Total.GRAND || total == RowLabels.Total.PLAIN && goal == null) {
                subject = new Collector.Subject(TotalKind.GRAND, null, null, null, null);
                goal = null;
            } else if (total != RowLabels.Total.NONE) {
                AreaMatch closes = RowLabels.areaOfTotal(label).flatMap(a -> vocabularies.areas()
                        .fromLabel(a, PolicyArea.Level.GOAL, context.series())).orElse(goal);
                if (closes == null) {
                    out.finding(Severity.WARNING, "total.unplaced", Cells.where(table, r) + ": a '" + label
                            + "' row that closes no area above it; not read", Cells.rowText(table, r),
                            Cells.rowRef(table, r));
                    continue;
                }
                subject = new Collector.Subject(TotalKind.GOAL, null, null, closes, null);
            } else {
                Optional<AreaMatch> area = area(table, r, layout, context.series());
                if (area.isEmpty()) {
                    out.finding(Severity.ERROR, "policy_area.unresolved", Cells.where(table, r) + ": '" + label
                            + "' carries no area numbering and names no known area; its totals are not read",
                            Cells.rowText(table, r), Cells.rowRef(table, r));
                    continue;
                }
                boolean target = area.get().area().level() == PolicyArea.Level.TARGET;
                if (!target) {
                    goal = area.get();
                }
                subject = new Collector.Subject(target ? TotalKind.TARGET : TotalKind.GOAL, null, null, area.get(),
                        null);
            }
            for (TableLayout.AmountColumn column : columns) {
                out.total(vocabularies.amounts(), table, r, column.column(), column.unit(), column.context(),
                        subject, null);
            }
        }
        return out.build();
    }

    /**
     * The area a row names: its last label cell alone when that is an area label, else its label cells joined
     * ({@code 전략1} and {@code 과학기술 인재 양성} in two columns).
     */
    private Optional<AreaMatch> area(Table table, int r, Layout layout, String series) {
        String inner = innermost(table, r, layout.labels());
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        Optional<AreaMatch> alone = vocabularies.areas().fromLabel(inner, PolicyArea.Level.GOAL, series);
        if (alone.isPresent()) {
            return alone;
        }
        List<String> parts = new ArrayList<>();
        for (int c : layout.labels()) {
            String text = Cells.text(table, r, c);
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return parts.size() < 2 ? Optional.empty()
                : vocabularies.areas().fromLabel(String.join(" ", parts), PolicyArea.Level.GOAL, series);
    }

    /** The last label cell of a row that prints something, or "". */
    private static String innermost(Table table, int r, List<Integer> labels) {
        for (int i = labels.size() - 1; i >= 0; i--) {
            String text = Cells.text(table, r, labels.get(i));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }
}
