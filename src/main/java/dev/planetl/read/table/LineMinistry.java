package dev.planetl.read.table;

import dev.planetl.extract.Table;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.context.TableContext;
import dev.planetl.read.vocab.MinistryResolution;

import java.util.Optional;

/**
 * The ministry of a project line: the one its row prints, else the single issuing ministry of the title page.
 * Shared by the project-list projection of the kind readers and the general one, so that a line gets its ministry,
 * and a name that cannot be resolved its finding, the same way whichever reads it. One instance serves one table;
 * not thread-safe (the missing issuer is reported once a table).
 */
final class LineMinistry {

    /**
     * @param ministry the canonical ministry, or null (kept without one: ambiguous, or no single issuer)
     * @param asWritten the name as printed, or the issuer's, or null
     */
    record Placed(String ministry, String asWritten) {
    }

    private final Vocabularies vocabularies;
    private final Table table;
    private final TableContext context;
    private final Collector out;
    private final int latestYear;
    private boolean issuerMissingReported;

    /** @param latestYear the table's latest fiscal year, the one the document is printed for */
    LineMinistry(Vocabularies vocabularies, Table table, TableContext context, Collector out, int latestYear) {
        this.vocabularies = vocabularies;
        this.table = table;
        this.context = context;
        this.out = out;
        this.latestYear = latestYear;
    }

    /**
     * @param r the line's row
     * @param printed the ministry its row prints, or "" for none (no ministry column, or a blank cell)
     * @param column the ministry column, or -1
     * @param year the line's fiscal year
     * @return the ministry, or empty when the line is not to be written: a printed name no dictionary resolves
     *     (an error {@code ministry.unresolved})
     */
    Optional<Placed> of(int r, String printed, int column, String program, int year) {
        SourceRef ref = Cells.rowRef(table, r);
        String asWritten = printed.isEmpty() ? context.issuer() : printed;
        String ministry = null;
        if (asWritten == null) {
            issuerMissing(r);
        } else {
            MinistryResolution resolution = resolve(asWritten, year);
            if (printed.isEmpty() && !resolution.isSingle()) {
                issuerMissing(r);
                asWritten = null;
            } else if (resolution.unresolved()) {
                out.finding(Severity.ERROR, "ministry.unresolved", Cells.where(table, r) + ", project '" + program
                        + "': " + resolution.reason(), printed, Cells.cellRef(table, r, column));
                return Optional.empty();
            } else if (!resolution.isSingle()) {
                out.finding(Severity.WARNING, "ministry.ambiguous", Cells.where(table, r) + ", project '" + program
                        + "': ministry '" + printed + "' reads as " + String.join(", ", resolution.ministries())
                        + "; the line is kept without a ministry", printed, ref);
            } else {
                ministry = resolution.single();
            }
        }
        return Optional.of(new Placed(ministry, asWritten));
    }

    /**
     * A name resolves in the column's year; a body that name did not yet designate then (the 2023 budget of
     * 우주항공청 in a 2024 plan) resolves in the table's latest year, the one the document is printed for.
     */
    private MinistryResolution resolve(String name, int year) {
        MinistryResolution resolution = vocabularies.ministries().resolve(name, year);
        if (resolution.unresolved() && latestYear > year) {
            MinistryResolution later = vocabularies.ministries().resolve(name, latestYear);
            return later.unresolved() ? resolution : later;
        }
        return resolution;
    }

    private void issuerMissing(int r) {
        if (issuerMissingReported) {
            return;
        }
        issuerMissingReported = true;
        out.finding(Severity.WARNING, "line.ministry_missing", Cells.where(table, -1)
                + ": no ministry column, and the title page names no single issuing ministry ("
                + (context.issuer() == null ? "none printed" : context.issuer())
                + "); its lines are kept without ministry", Cells.rowText(table, r), Cells.rowRef(table, r));
    }
}
