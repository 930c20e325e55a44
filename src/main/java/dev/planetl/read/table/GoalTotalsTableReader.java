package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.number.AmountReading;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.ColumnRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads totals by policy goal printed as a header of goal names and a row of values, with the grand total under
 * 합계 ({@code 융합 신제품… | 산업융합의 제도적 뒷받침 | … | 합계}, then {@code 8,616.82 | 911.28 | … | 28,202.24}).
 * Values may carry their share: {@code 5,521.27 (15.98)}. A table with a ministry, target or project column is
 * not this one. Several value rows are read only when each is labelled with its own year ({@code '22년 실적}).
 */
public final class GoalTotalsTableReader implements TableReader {

    private final Vocabularies vocabularies;

    public GoalTotalsTableReader(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    @Override
    public boolean recognises(Table table) {
        int header = GoalColumns.headerRow(vocabularies.areas(), table);
        return header >= 0 && header + 1 < table.rowCount()
                && !HeaderRoles.anyNames(vocabularies.headers(), table, ColumnRole.MINISTRY)
                && !HeaderRoles.anyNames(vocabularies.headers(), table, ColumnRole.TARGET)
                && !HeaderRoles.anyNames(vocabularies.headers(), table, ColumnRole.PROGRAM);
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Collector out = new Collector();
        int header = GoalColumns.headerRow(vocabularies.areas(), table);
        Map<Integer, AreaMatch> goals = GoalColumns.of(vocabularies.areas(), table, header, context.series());
        int total = HeaderRoles.find(vocabularies.headers(), table, header, ColumnRole.TOTAL);
        Unit unit = context.unit();
        List<Integer> valueRows = new ArrayList<>();
        for (int r = header + 1; r < table.rowCount(); r++) {
            if (!Cells.blankRow(table, r)) {
                valueRows.add(r);
            }
        }
        List<Integer> labels = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            if (goals.containsKey(c) || c == total) {
                continue;
            }
            String text = Cells.text(table, header, c);
            if (holdsNumbers(table, valueRows, c)) {
                out.finding(Severity.ERROR, "policy_area.unresolved", Cells.where(table, header) + ": column '"
                        + text + "' names no known policy goal; its values are not read", text,
                        Cells.cellRef(table, header, c));
            } else {
                labels.add(c);
            }
        }
        for (int r : valueRows) {
            TableContext ctx = context;
            String label = label(table, r, labels);
            if (!label.isEmpty()) {
                ctx = context.with(vocabularies.statements().read(label));
            } else if (valueRows.size() > 1) {
                out.finding(Severity.ERROR, "context.unknown", Cells.where(table, r)
                        + ": one of several value rows, with no label saying its year; not read",
                        Cells.rowText(table, r), Cells.rowRef(table, r));
                continue;
            }
            if (!out.contextKnown(table, ctx)) {
                continue;
            }
            for (Map.Entry<Integer, AreaMatch> goal : goals.entrySet()) {
                out.total(vocabularies.amounts(), table, r, goal.getKey(), unit, ctx,
                        new Collector.Subject(TotalKind.GOAL, null, null, goal.getValue(), null), null);
            }
            if (total >= 0) {
                out.total(vocabularies.amounts(), table, r, total, unit, ctx,
                        new Collector.Subject(TotalKind.GRAND, null, null, null, null), null);
            }
        }
        return out.build();
    }

    private boolean holdsNumbers(Table table, List<Integer> rows, int column) {
        for (int r : rows) {
            String text = Cells.text(table, r, column);
            if (!text.isEmpty() && !(vocabularies.amounts().parse(text, Unit.won()) instanceof AmountReading.Blank)
                    && Character.isDigit(text.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static String label(Table table, int r, List<Integer> labels) {
        StringBuilder label = new StringBuilder();
        for (int c : labels) {
            label.append(Cells.text(table, r, c)).append(' ');
        }
        return label.toString().strip();
    }
}
