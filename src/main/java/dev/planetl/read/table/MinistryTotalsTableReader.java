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
 * ({@code 부처명 | 투자실적 | 부처명 | 투자실적 | 부처명 | 투자실적}), a pair optionally followed by a share column.
 * Values may carry their share ({@code 16,151.08 (46.73)}); {@code -} fillers are nothing. A 합계 row is the grand
 * total. A ministry that does not resolve with certainty is a finding, not a total.
 */
public final class MinistryTotalsTableReader implements TableReader {

    private record Pair(int ministry, int amount, int share) {
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
                if (HeaderRoles.role(vocabularies.headers(), table, r, c) == ColumnRole.MINISTRY
                        && HeaderRoles.role(vocabularies.headers(), table, r, c + 1) == ColumnRole.AMOUNT) {
                    boolean share = c + 2 < table.columnCount()
                            && HeaderRoles.role(vocabularies.headers(), table, r, c + 2) == ColumnRole.SHARE;
                    pairs.add(new Pair(c, c + 1, share ? c + 2 : -1));
                }
            }
            if (!pairs.isEmpty()) {
                return Optional.of(new Layout(r, pairs));
            }
        }
        return Optional.empty();
    }

    @Override
    public TableReading read(Table table, TableContext context) {
        Layout layout = layout(table).orElseThrow(() -> new IllegalArgumentException(
                Cells.where(table, -1) + " is not a ministry totals table"));
        Collector out = new Collector();
        String amountHeader = Cells.text(table, layout.header(), layout.pairs().get(0).amount());
        TableContext ctx = context.with(vocabularies.statements().read(amountHeader));
        Unit unit = vocabularies.amounts().units().unitIn(amountHeader).orElse(ctx.unit());
        if (!out.contextKnown(table, ctx)) {
            return out.build();
        }
        List<String> header = table.row(layout.header());
        for (int r = layout.header() + 1; r < table.rowCount(); r++) {
            if (table.row(r).equals(header)) {
                continue;
            }
            for (Pair pair : layout.pairs()) {
                readPair(table, r, pair, unit, ctx, out);
            }
        }
        return out.build();
    }

    private void readPair(Table table, int r, Pair pair, Unit unit, TableContext ctx, Collector out) {
        String name = Cells.text(table, r, pair.ministry());
        String value = Cells.text(table, r, pair.amount());
        boolean nameBlank = isDash(name);
        if (nameBlank && isDash(value)) {
            return;
        }
        BigDecimal share = share(table, r, pair, out);
        if (nameBlank) {
            out.finding(Severity.ERROR, "ministry.missing", Cells.where(table, r) + ": amount '" + value
                    + "' with no ministry beside it; not read", value, Cells.cellRef(table, r, pair.amount()));
            return;
        }
        Optional<ColumnRole> role = vocabularies.headers().roleOf(name);
        if (role.isPresent() && role.get() == ColumnRole.TOTAL) {
            out.total(vocabularies.amounts(), table, r, pair.amount(), unit, ctx,
                    new Collector.Subject(TotalKind.GRAND, null, null, null, null), share);
            return;
        }
        MinistryResolution ministry = vocabularies.ministries().resolve(name, ctx.fiscalYear());
        if (!ministry.isSingle()) {
            out.finding(Severity.ERROR, ministry.unresolved() ? "ministry.unresolved" : "ministry.ambiguous",
                    Cells.where(table, r) + ": ministry '" + name + "' "
                            + (ministry.unresolved() ? "not resolved: " + ministry.reason()
                            : "reads as " + String.join(", ", ministry.ministries()))
                            + "; its total " + value + " is not read", name, Cells.cellRef(table, r, pair.ministry()));
            return;
        }
        out.total(vocabularies.amounts(), table, r, pair.amount(), unit, ctx,
                new Collector.Subject(TotalKind.MINISTRY, ministry.single(), name, null, null), share);
    }

    private BigDecimal share(Table table, int r, Pair pair, Collector out) {
        if (pair.share() < 0) {
            return null;
        }
        DecimalReading share = vocabularies.amounts().parseDecimal(Cells.text(table, r, pair.share()));
        if (share.isFailed()) {
            out.finding(Severity.WARNING, "number.malformed", Cells.where(table, r) + ": share " + share.failure(),
                    share.raw(), Cells.cellRef(table, r, pair.share()));
        }
        return share.value();
    }

    private static boolean isDash(String s) {
        return s.isEmpty() || s.chars().allMatch(ch -> "-‐‑–—－―".indexOf(ch) >= 0);
    }
}
