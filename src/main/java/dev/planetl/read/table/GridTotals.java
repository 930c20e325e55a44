package dev.planetl.read.table;

import dev.planetl.read.Severity;
import dev.planetl.read.TableFact;
import dev.planetl.read.TotalKind;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.grid.Grid;
import dev.planetl.read.grid.GridFact;
import dev.planetl.read.grid.GridRow;
import dev.planetl.read.vocab.AreaMatch;
import dev.planetl.read.vocab.MinistryResolution;
import dev.planetl.read.vocab.PolicyArea;

import java.util.List;
import java.util.Optional;

/**
 * The totals of the general projection: each total row of a project list as the {@link dev.planetl.read.ReportedTotal}
 * kinds allow. 합계, 총계 and a 계 above every group are the grand total; a 소계 (or {@code 전략1 계}) is the total
 * of the area its own label or its group names, else of the ministry its group names, else of the section's area;
 * one that closes nothing it can name is {@code total.unplaced}, as in the kind readers. One instance serves one
 * table; not thread-safe.
 */
final class GridTotals {

    private final Vocabularies vocabularies;
    private final Grid grid;
    private final Collector out;

    GridTotals(Vocabularies vocabularies, Grid grid, Collector out) {
        this.vocabularies = vocabularies;
        this.grid = grid;
        this.out = out;
    }

    /** @param facts the row's facts in the table's fiscal-year columns */
    void write(GridRow row, List<GridFact> facts) {
        for (GridFact f : facts) {
            TableFact fact = f.fact();
            Optional<Collector.Subject> subject = subject(row, fact.fiscalYear());
            if (subject.isEmpty()) {
                out.finding(Severity.WARNING, "total.unplaced", Cells.where(grid.table(), row.index()) + ": a '"
                        + String.join(TableFact.PATH_SEPARATOR, row.path()) + "' row that closes no strategy, goal"
                        + " or ministry the table or its headings name; not read",
                        Cells.rowText(grid.table(), row.index()), Cells.rowRef(grid.table(), row.index()));
                return;
            }
            TableContext ctx = grid.context().withPeriod(fact.fiscalYear(), fact.measure());
            out.total(fact, ctx, subject.get(), Cells.where(grid.table(), row.index()));
        }
    }

    private Optional<Collector.Subject> subject(GridRow row, int year) {
        if (row.grand()) {
            return Optional.of(new Collector.Subject(TotalKind.GRAND, null, null, null, null));
        }
        String label = row.path().get(row.path().size() - 1);
        Optional<AreaMatch> own = RowLabels.areaOfTotal(label).flatMap(this::area);
        if (own.isPresent()) {
            return Optional.of(areaTotal(own.get()));
        }
        List<String> groups = row.prefix();
        if (groups.isEmpty()) {
            TableContext ctx = grid.context();
            AreaMatch section = ctx.target() != null ? ctx.target() : ctx.goal();
            return Optional.ofNullable(section).map(GridTotals::areaTotal);
        }
        String group = groups.get(groups.size() - 1);
        Optional<AreaMatch> area = area(group);
        if (area.isPresent()) {
            return Optional.of(areaTotal(area.get()));
        }
        MinistryResolution ministry = vocabularies.ministries().resolve(group, year);
        if (ministry.isSingle()) {
            return Optional.of(new Collector.Subject(TotalKind.MINISTRY, ministry.single(), group, null, null));
        }
        return Optional.empty();
    }

    private Optional<AreaMatch> area(String label) {
        return vocabularies.areas().fromLabel(label, PolicyArea.Level.GOAL, grid.context().series());
    }

    private static Collector.Subject areaTotal(AreaMatch area) {
        TotalKind kind = area.area().level() == PolicyArea.Level.TARGET ? TotalKind.TARGET : TotalKind.GOAL;
        return new Collector.Subject(kind, null, null, area, null);
    }
}
