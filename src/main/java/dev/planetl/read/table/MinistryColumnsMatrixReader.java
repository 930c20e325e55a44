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
import dev.planetl.read.vocab.PolicyArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a goal × ministry matrix printed with the ministries across ({@code 구분 | 과학기술정보통신부 | 보건복지부 | … | 계},
 * then a row per strategy or goal and a 합계 row): each cell is a ministry's total in an area (MINISTRY_GOAL), the
 * 계 column the area's total, the 합계 row each ministry's total and, under 계, the grand total. Areas are read as
 * printed, their code from their numbering. The year and measure come from the headings and caption above it.
 */
public final class MinistryColumnsMatrixReader implements TableReader {

    /** A year far enough ahead that every name in force today designates its ministry. */
    private static final int CURRENT = 2100;

    private record Layout(TableLayout columns, int label, List<Integer> ministries, int total) {
    }

    private final Vocabularies vocabularies;

    public MinistryColumnsMatrixReader(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    @Override
    public boolean recognises(Table table) {
        return layout(table).isPresent();
    }

    private Optional<Layout> layout(Table table) {
        Optional<TableLayout> found = TableLayout.of(vocabularies, table);
        if (found.isEmpty() || table.columnCount() < 3) {
            return Optional.empty();
        }
        TableLayout t = found.get();
        List<Integer> ministries = new ArrayList<>();
        int total = -1;
        List<String> names = new ArrayList<>();
        for (int c = 1; c < table.columnCount(); c++) {
            if (t.role(c) == ColumnRole.TOTAL) {
                total = c;
                continue;
            }
            Optional<String> name = ministryHeader(t.paths().get(c));
            if (name.isEmpty()) {
                continue;
            }
            if (names.contains(name.get())) {
                return Optional.empty(); // a ministry twice: its columns differ by something this reader does not read
            }
            names.add(name.get());
            ministries.add(c);
        }
        if (ministries.size() < 2) {
            return Optional.empty();
        }
        int areaRows = 0;
        for (int r = t.headerRows(); r < table.rowCount(); r++) {
            String label = Cells.text(table, r, 0);
            if (!RowLabels.isTotalRole(vocabularies, label)
                    && vocabularies.areas().fromLabel(label, PolicyArea.Level.GOAL, null).isPresent()) {
                areaRows++;
            }
        }
        return areaRows >= 2 ? Optional.of(new Layout(t, 0, ministries, total)) : Optional.empty();
    }

    /**
     * The ministry a column's header names, or empty: the whole header ({@code 과학기술정보통신부}), or its innermost
     * label under a group header that states no year ({@code 부처별 예산(안) › 산업부}: the group says what the figures
     * are, the ministry whose they are). Under a year group ({@code 2024 › 산업부}) the columns are ministries of
     * several years, which this reader, one period a table, does not read.
     */
    private Optional<String> ministryHeader(String path) {
        if (isMinistry(path)) {
            return Optional.of(path);
        }
        int last = path.lastIndexOf(TableLayout.PATH_SEPARATOR);
        if (last < 0) {
            return Optional.empty();
        }
        String inner = path.substring(last + TableLayout.PATH_SEPARATOR.length());
        String outer = path.substring(0, last);
        return isMinistry(inner) && !vocabularies.statements().read(outer).hasYear() ? Optional.of(inner)
                : Optional.empty();
    }

    private boolean isMinistry(String header) {
        return !header.isEmpty() && (vocabularies.ministries().resolve(header, CURRENT).isSingle()
                || vocabularies.ministries().canonicalNames().contains(header.replace(" ", "")));
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Layout layout = layout(table).orElseThrow(() -> new IllegalArgumentException(
                Cells.where(table, -1) + " is not a goal × ministry matrix"));
        Collector out = new Collector();
        if (!out.contextKnown(table, context)) {
            return out.build();
        }
        Unit unit = context.unit();
        List<MinistryResolution> ministries = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c : layout.ministries()) {
            String name = ministryHeader(layout.columns().paths().get(c)).orElseThrow();
            names.add(name);
            ministries.add(vocabularies.ministries().resolve(name, context.fiscalYear()));
        }
        for (int r = layout.columns().headerRows(); r < table.rowCount(); r++) {
            if (Cells.blankRow(table, r)) {
                continue;
            }
            String label = Cells.text(table, r, layout.label());
            boolean grand = RowLabels.total(vocabularies.headers(), label) != RowLabels.Total.NONE;
            Optional<AreaMatch> area = grand ? Optional.empty()
                    : vocabularies.areas().fromLabel(label, PolicyArea.Level.GOAL, context.series());
            if (!grand && area.isEmpty()) {
                out.finding(Severity.ERROR, "policy_area.unresolved", Cells.where(table, r) + ": '" + label
                        + "' carries no area numbering and names no known area; its row is not read",
                        Cells.rowText(table, r), Cells.rowRef(table, r));
                continue;
            }
            for (int i = 0; i < layout.ministries().size(); i++) {
                int c = layout.ministries().get(i);
                MinistryResolution ministry = ministries.get(i);
                String name = names.get(i);
                if (!ministry.isSingle()) {
                    out.unreadMinistry(ministry, Cells.where(table, r), name, "its cell", Cells.text(table, r, c),
                            Cells.cellRef(table, r, c));
                    continue;
                }
                TotalKind kind = grand ? TotalKind.MINISTRY : TotalKind.MINISTRY_GOAL;
                out.total(vocabularies.amounts(), table, r, c, unit, context,
                        new Collector.Subject(kind, ministry.single(), name, area.orElse(null), null), null);
            }
            if (layout.total() >= 0) {
                out.total(vocabularies.amounts(), table, r, layout.total(), unit, context, new Collector.Subject(
                        grand ? TotalKind.GRAND : TotalKind.GOAL, null, null, area.orElse(null), null), null);
            }
        }
        return out.build();
    }
}
