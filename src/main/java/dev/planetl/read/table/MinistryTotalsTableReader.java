package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Severity;
import dev.planetl.read.TotalKind;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.number.DecimalReading;
import dev.planetl.read.number.Unit;
import dev.planetl.read.vocab.ColumnRole;
import dev.planetl.read.vocab.MinistryResolution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads totals by ministry: pairs of ministry and amount columns, one pair or several side by side
 * ({@code 부처명 | 투자실적 | 부처명 | 투자실적 | 부처명 | 투자실적}), an amount optionally followed by a share column.
 * Several amount columns after one ministry column ({@code 부처 | '22년 실적 | '23년 계획}) are read each in the year
 * its header names; without a year in each header they are not read.
 * Values may carry their share ({@code 16,151.08 (46.73)}); {@code -} fillers are nothing. A 합계 row is the grand
 * total. A ministry that does not resolve with certainty is a finding, not a total.
 */
public final class MinistryTotalsTableReader implements TableReader {

    /** An amount column of a pair, the share column printed right after it (or -1), and its year and unit. */
    private record AmountColumn(int column, int share, TableContext context, Unit unit) {
    }

    /** A ministry column and the amount columns that follow it. */
    private record Pair(int ministry, List<Integer> amounts, List<Integer> shares) {
    }

    private record Layout(int header, List<Pair> pairs) {
    }

    private final Vocabularies vocabularies;

    public MinistryTotalsTableReader(Vocabularies vocabularies) {
        this.vocabularies = Objects.requireNonNull(vocabularies, "vocabularies");
    }

    @Override
    public boolean recognises(Table table) {
        return layout(table).isPresent();
    }

    private Optional<Layout> layout(Table table) {
        if (GoalColumns.headerRow(vocabularies.areas(), table) >= 0) {
            return Optional.empty();
        }
        for (int r = 0; r < Math.min(HeaderRoles.MAX_HEADER_ROWS, table.rowCount()); r++) {
            if (HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.PROGRAM) >= 0
                    || HeaderRoles.find(vocabularies.headers(), table, r, ColumnRole.TARGET) >= 0) {
                return Optional.empty();
            }
            List<Pair> pairs = new ArrayList<>();
            for (int c = 0; c + 1 < table.columnCount(); c++) {
                if (HeaderRoles.role(vocabularies.headers(), table, r, c) != ColumnRole.MINISTRY) {
                    continue;
                }
                List<Integer> amounts = new ArrayList<>();
                List<Integer> shares = new ArrayList<>();
                int k = c + 1;
                while (k < table.columnCount() && HeaderRoles.role(vocabularies.headers(), table, r, k)
                        == ColumnRole.AMOUNT) {
                    amounts.add(k);
                    boolean share = k + 1 < table.columnCount()
                            && HeaderRoles.role(vocabularies.headers(), table, r, k + 1) == ColumnRole.SHARE;
                    shares.add(share ? k + 1 : -1);
                    k += share ? 2 : 1;
                }
                if (!amounts.isEmpty()) {
                    pairs.add(new Pair(c, amounts, shares));
                }
            }
            if (!pairs.isEmpty()) {
                return namedByLabels(table, r, pairs.get(0).ministry()) ? Optional.empty()
                        : Optional.of(new Layout(r, pairs));
            }
        }
        return Optional.empty();
    }

    /**
     * True when the rows are named by a label column left of the ministry column, each row that prints a ministry
     * printing its own label there ({@code 구분 | 부처 | 2024년 예산}, a project or area per row): the ministry is
     * the row's ministry, and its figures are the project's or the area's, not the ministry's total.
     */
    private boolean namedByLabels(Table table, int header, int ministry) {
        if (ministry < 1) {
            return false;
        }
        ColumnRole role = HeaderRoles.role(vocabularies.headers(), table, header, ministry - 1);
        if (role != null && role != ColumnRole.LABEL && role != ColumnRole.STATUS && role != ColumnRole.GOAL
                && role != ColumnRole.TARGET) {
            return false;
        }
        return ItemColumn.ownLabelsLeftOf(vocabularies, table, header + 1, ministry);
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Layout layout = layout(table).orElseThrow(() -> new IllegalArgumentException(
                Cells.where(table, -1) + " is not a ministry totals table"));
        Collector out = new Collector();
        List<List<AmountColumn>> columns = new ArrayList<>();
        for (Pair pair : layout.pairs()) {
            columns.add(amountColumns(table, layout.header(), pair, context, out));
        }
        List<String> header = table.row(layout.header());
        for (int r = layout.header() + 1; r < table.rowCount(); r++) {
            if (table.row(r).equals(header)) {
                continue;
            }
            for (int p = 0; p < layout.pairs().size(); p++) {
                for (AmountColumn column : columns.get(p)) {
                    readPair(table, r, layout.pairs().get(p).ministry(), column, out);
                }
            }
        }
        return out.build();
    }

    /** The readable amount columns of a pair: one takes the section's year; several must each name theirs. */
    private List<AmountColumn> amountColumns(Table table, int header, Pair pair, TableContext context,
                                             Collector out) {
        List<AmountColumn> columns = new ArrayList<>();
        for (int i = 0; i < pair.amounts().size(); i++) {
            int c = pair.amounts().get(i);
            String text = Cells.text(table, header, c);
            TableContext ctx = context.with(vocabularies.statements().read(text));
            if (pair.amounts().size() > 1 && !vocabularies.statements().read(text).hasYear()) {
                ctx = new TableContext(null, null, ctx.unit(), ctx.caption(), ctx.series(), ctx.goal(), ctx.target());
            }
            if (out.contextKnown(table, ctx)) {
                Unit unit = vocabularies.amounts().units().unitIn(text).orElse(ctx.unit());
                columns.add(new AmountColumn(c, pair.shares().get(i), ctx, unit));
            }
        }
        return columns;
    }

    private void readPair(Table table, int r, int ministryColumn, AmountColumn column, Collector out) {
        String name = Cells.text(table, r, ministryColumn);
        String value = Cells.text(table, r, column.column());
        TableContext ctx = column.context();
        boolean nameBlank = isDash(name);
        if (nameBlank && isDash(value)) {
            return;
        }
        BigDecimal share = share(table, r, column.share(), out);
        if (nameBlank) {
            out.finding(Severity.ERROR, "ministry.missing", Cells.where(table, r) + ": amount '" + value
                    + "' with no ministry beside it; not read", value, Cells.cellRef(table, r, column.column()));
            return;
        }
        Optional<ColumnRole> role = vocabularies.headers().roleOf(name);
        if (role.isPresent() && role.get() == ColumnRole.TOTAL) {
            out.total(vocabularies.amounts(), table, r, column.column(), column.unit(), ctx,
                    new Collector.Subject(TotalKind.GRAND, null, null, null, null), share);
            return;
        }
        MinistryResolution ministry = vocabularies.ministries().resolve(name, ctx.fiscalYear());
        if (!ministry.isSingle()) {
            out.unreadMinistry(ministry, Cells.where(table, r), name, "its total " + value, name,
                    Cells.cellRef(table, r, ministryColumn));
            return;
        }
        out.total(vocabularies.amounts(), table, r, column.column(), column.unit(), ctx,
                new Collector.Subject(TotalKind.MINISTRY, ministry.single(), name, null, null), share);
    }

    private BigDecimal share(Table table, int r, int column, Collector out) {
        if (column < 0) {
            return null;
        }
        DecimalReading share = vocabularies.amounts().parseDecimal(Cells.text(table, r, column));
        if (share.isFailed()) {
            out.finding(Severity.WARNING, "number.malformed", Cells.where(table, r) + ": share " + share.failure(),
                    share.raw(), Cells.cellRef(table, r, column));
        }
        return share.value();
    }

    private static boolean isDash(String s) {
        return s.isEmpty() || s.chars().allMatch(ch -> "-‐‑–—－―".indexOf(ch) >= 0);
    }
}
