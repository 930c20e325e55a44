package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.Statement;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.HeaderVocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The columns of a budget table as its header rows name them, read the same way for every layout: the header rows
 * are the leading rows that hold no number; each column's header path joins the labels above it from the top
 * row down ({@code 예산(억원) › '24}), a label merged over several columns or rows counted once; its role is the
 * innermost role its path names. A column is an amount column when its path names an amount word or a fiscal
 * year and no other role: 증감, 증감률, 비중, 연번, 비고 and counts never are.
 *
 * @param headerRows how many leading rows are the header; the body starts there
 * @param paths each column's header path
 * @param roles each column's role, null where the path names none
 */
record TableLayout(int headerRows, List<String> paths, List<ColumnRole> roles) {

    static final String PATH_SEPARATOR = " › ";
    private static final Pattern NUMBER = Pattern.compile(
            "^[△▲▽▼+\\-−]?\\s*\\(?\\d[\\d,]*(?:\\.\\d+)?\\)?\\s*(?:%|%p)?(?:\\s*\\([\\d.,\\s%]+\\))?$");

    TableLayout {
        paths = List.copyOf(paths);
        roles = java.util.Collections.unmodifiableList(new ArrayList<>(roles));
    }

    static Optional<TableLayout> of(Vocabularies vocabularies, Table table) {
        int header = headerRows(table);
        if (header < 1 || header >= table.rowCount()) {
            return Optional.empty();
        }
        List<String> paths = new ArrayList<>();
        List<ColumnRole> roles = new ArrayList<>();
        HeaderVocabulary words = vocabularies.headers();
        for (int c = 0; c < table.columnCount(); c++) {
            List<String> labels = new ArrayList<>();
            ColumnRole role = null;
            for (int r = 0; r < header; r++) {
                String label = Cells.covering(table, r, c);
                if (!label.isEmpty() && (labels.isEmpty() || !labels.get(labels.size() - 1).equals(label))) {
                    labels.add(label);
                    role = words.roleOf(label).orElse(role);
                }
            }
            String path = String.join(PATH_SEPARATOR, labels);
            if (role == null && vocabularies.statements().read(path).hasYear()) {
                role = ColumnRole.AMOUNT;
            }
            paths.add(path);
            roles.add(role);
        }
        return Optional.of(new TableLayout(header, paths, roles));
    }

    /** Leading rows without a number, at most {@link HeaderRoles#MAX_HEADER_ROWS}; a section row ends them. */
    private static int headerRows(Table table) {
        int limit = Math.min(HeaderRoles.MAX_HEADER_ROWS, table.rowCount());
        for (int r = 0; r < limit; r++) {
            if (holdsNumber(table, r) || r > 0 && onlyFirstFilled(table, r)) {
                return r;
            }
        }
        return Math.max(1, Math.min(table.headerRows(), limit));
    }

    static boolean holdsNumber(Table table, int r) {
        for (int c = 0; c < table.columnCount(); c++) {
            if (isNumber(Cells.text(table, r, c))) {
                return true;
            }
        }
        return false;
    }

    static boolean isNumber(String text) {
        return !text.isEmpty() && NUMBER.matcher(text).matches();
    }

    private static boolean onlyFirstFilled(Table table, int r) {
        for (int c = 1; c < table.columnCount(); c++) {
            if (!Cells.text(table, r, c).isEmpty()) {
                return false;
            }
        }
        return !Cells.text(table, r, 0).isEmpty();
    }

    ColumnRole role(int column) {
        return roles.get(column);
    }

    List<Integer> columns(ColumnRole role) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            if (roles.get(c) == role) {
                out.add(c);
            }
        }
        return out;
    }

    int first(ColumnRole role) {
        List<Integer> found = columns(role);
        return found.isEmpty() ? -1 : found.get(0);
    }

    /** True when some header row repeats further down (a page break that printed the header again). */
    boolean isHeaderRepeat(Table table, int r) {
        return r >= headerRows && table.row(r).equals(table.row(0));
    }

    /** An amount column with the year, measure and unit its header path gives it, or its context's. */
    record AmountColumn(int column, String path, TableContext context, Unit unit) {
    }

    /**
     * The amount columns with their periods: one alone takes the context's year and measure where its header names
     * none; of several, each must name its year. A column with no period, or one repeating the period of a column
     * before it (국비 | 지방비 under one year), is left out and reported in {@code unread}.
     */
    List<AmountColumn> amountColumns(Vocabularies vocabularies, TableContext context, Table table, Collector out) {
        List<Integer> unread = new ArrayList<>();
        List<AmountColumn> columns = amountColumns(vocabularies, context, unread);
        for (int c : unread) {
            String path = paths.get(c);
            out.finding(dev.planetl.read.Severity.ERROR, "context.unknown", Cells.where(table, -1)
                    + ": amount column '" + path + "' states no fiscal year or measure of its own, or repeats those"
                    + " of a column before it; its figures are not read", path, Cells.cellRef(table, 0, c));
        }
        return columns;
    }

    private List<AmountColumn> amountColumns(Vocabularies vocabularies, TableContext context, List<Integer> unread) {
        List<Integer> amounts = columns(ColumnRole.AMOUNT);
        List<AmountColumn> out = new ArrayList<>();
        for (int c : amounts) {
            Statement s = vocabularies.statements().read(paths.get(c));
            TableContext ctx = context.with(s);
            if (amounts.size() > 1 && !s.hasYear()) {
                ctx = ctx.withPeriod(null, null);
            }
            TableContext period = ctx;
            boolean repeats = out.stream().anyMatch(a -> a.context().fiscalYear() != null
                    && a.context().fiscalYear().equals(period.fiscalYear())
                    && a.context().measure() == period.measure());
            if (ctx.fiscalYear() == null || ctx.measure() == null || repeats) {
                unread.add(c);
                continue;
            }
            Unit unit = vocabularies.amounts().units().unitIn(paths.get(c)).orElse(ctx.unit());
            out.add(new AmountColumn(c, paths.get(c), ctx, unit));
        }
        return out;
    }
}
