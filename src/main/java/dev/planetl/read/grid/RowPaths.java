package dev.planetl.read.grid;

import dev.planetl.extract.Cell;
import dev.planetl.extract.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The row paths of a table's body. Label columns are read left to right: a label a merged cell carries down counts
 * for every row it covers; a row whose labels start further right than the row above (indentation by column, as
 * {@code 수입 (A)} over {@code 경상수입}) keeps the labels above it to its left; within one column, a numbering
 * or bullet scheme makes the path the chain of enclosing labels ({@code 1.} › {@code 가.} › {@code (1)},
 * {@code □} › {@code ○} › {@code -}), schemes ranked in the order the column first uses them.
 * One instance reads one table; not thread-safe.
 */
final class RowPaths {

    /** Numbering and bullet schemes a label may start with, each its own level. */
    private static final List<Pattern> SCHEMES = List.of(
            Pattern.compile("^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+|[IVX]+)\\s*\\.\\s*\\S"),
            Pattern.compile("^(?:전략|목표|과제|분야)\\s*\\d{1,2}(?!\\d)"),
            Pattern.compile("^\\d{1,2}\\s*\\.(?!\\d)\\s*\\S"),
            Pattern.compile("^\\d{1,2}-\\d{1,2}(?:-\\d{1,2})?\\.?\\s+\\S"),
            Pattern.compile("^[가-하]\\s*\\.\\s*\\S"),
            Pattern.compile("^[(（]\\d{1,2}[)）]"),
            Pattern.compile("^[(（][가-하][)）]"),
            Pattern.compile("^[①-⑳]"),
            Pattern.compile("^[□■]"),
            Pattern.compile("^[○◦ㅇ●◎]"),
            Pattern.compile("^[-–·∙•]\\s*\\S"));

    private record Entry(int rank, String label) {
    }

    private final Table table;
    private final List<Integer> labelColumns;
    private final Map<Integer, List<Integer>> schemeOrder = new HashMap<>();
    private final Map<Integer, List<Entry>> chains = new HashMap<>();

    RowPaths(Table table, List<Integer> labelColumns) {
        this.table = table;
        this.labelColumns = List.copyOf(labelColumns);
    }

    /** The rows from {@code bodyStart} on that print anything, a repeated header row left out. */
    List<GridRow> rows(int bodyStart, List<String> headerTexts) {
        List<GridRow> rows = new ArrayList<>();
        List<List<String>> previous = new ArrayList<>();
        labelColumns.forEach(c -> previous.add(List.of()));
        for (int r = bodyStart; r < table.rowCount(); r++) {
            String whole = Labels.normalise(String.join("\t", table.row(r)));
            if (whole.isEmpty() || headerTexts.contains(whole)) {
                continue;
            }
            List<List<String>> pieces = new ArrayList<>();
            int first = -1;
            Cell last = null;
            for (int i = 0; i < labelColumns.size(); i++) {
                int c = labelColumns.get(i);
                Cell cell = table.cellAt(r, c).orElse(null);
                String text = cell == null || cell == last ? "" : Labels.normalise(cell.text());
                if (cell != null) {
                    last = cell;
                }
                if (!text.isEmpty()) {
                    if (first < 0) {
                        first = i;
                    }
                    pieces.add(cell.row() < r ? previous.get(i) : chain(c, text));
                } else {
                    pieces.add(first < 0 ? previous.get(i) : List.of());
                }
            }
            if (first < 0 || firstIsGrand(r, first)) {
                // a row without labels, or a 합계 printed under a group's column, belongs to no group
                List<List<String>> own = new ArrayList<>();
                for (int i = 0; i < pieces.size(); i++) {
                    own.add(first >= 0 && i >= first ? pieces.get(i) : List.of());
                }
                pieces = own;
            }
            List<String> path = new ArrayList<>();
            for (List<String> p : pieces) {
                for (String label : p) {
                    if (path.isEmpty() || !path.get(path.size() - 1).equals(label)) {
                        path.add(label);
                    }
                }
            }
            previous.clear();
            previous.addAll(pieces);
            String innermost = path.isEmpty() ? "" : path.get(path.size() - 1);
            boolean total = Labels.isTotal(innermost);
            rows.add(new GridRow(r, path, total, total && Labels.isGrand(innermost) && path.size() == 1));
        }
        return rows;
    }

    private boolean firstIsGrand(int r, int first) {
        return Labels.isGrand(table.cellAt(r, labelColumns.get(first)).map(Cell::text).orElse(""));
    }

    /** The chain of enclosing labels within one column, this label innermost. */
    private List<String> chain(int column, String label) {
        List<Entry> chain = chains.computeIfAbsent(column, k -> new ArrayList<>());
        int scheme = scheme(label);
        List<String> out = new ArrayList<>();
        if (scheme < 0) {
            if (Labels.isTotal(label) && !Labels.isGrand(label) && !chain.isEmpty()) {
                // a 소계 under numbered labels closes the group of the last outer one
                List<Entry> enclosing = chain.size() > 1 ? chain.subList(0, chain.size() - 1) : chain;
                enclosing.forEach(e -> out.add(e.label()));
                out.add(label);
                return out;
            }
            chain.clear();
            return List.of(label);
        }
        List<Integer> order = schemeOrder.computeIfAbsent(column, k -> new ArrayList<>());
        if (!order.contains(scheme)) {
            order.add(scheme);
        }
        int rank = order.indexOf(scheme);
        chain.removeIf(e -> e.rank() >= rank);
        chain.add(new Entry(rank, label));
        chain.forEach(e -> out.add(e.label()));
        return out;
    }

    private static int scheme(String label) {
        for (int i = 0; i < SCHEMES.size(); i++) {
            if (SCHEMES.get(i).matcher(label).find()) {
                return i;
            }
        }
        return -1;
    }
}
