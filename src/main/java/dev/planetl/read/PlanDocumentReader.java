package dev.planetl.read;

import dev.planetl.extract.Document;
import dev.planetl.read.prose.PlanProseReader;
import dev.planetl.read.table.BudgetTableReader;
import dev.planetl.read.table.TableReading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * All the readers over one document: its budget tables, and everything outside them (what the document is, the
 * amounts its prose states, the tasks its schedules list). Stateless and thread-safe.
 */
public final class PlanDocumentReader implements DocumentReader {

    private final BudgetTableReader tables;
    private final PlanProseReader prose;

    public PlanDocumentReader(BudgetTableReader tables, PlanProseReader prose) {
        this.tables = Objects.requireNonNull(tables);
        this.prose = Objects.requireNonNull(prose);
    }

    /** The readers over the vocabularies shipped under {@code vocab/}. */
    public static PlanDocumentReader standard() {
        return new PlanDocumentReader(BudgetTableReader.standard(), new PlanProseReader());
    }

    @Override
    public ReadResult read(Document document) {
        return read(document, null);
    }

    /**
     * @param planYearOverride the plan year a steward set for the document, which wins over the one detected
     */
    public ReadResult read(Document document, Integer planYearOverride) {
        ReadResult outside = prose.read(document, planYearOverride);
        TableReading tableReading = tables.read(document);
        // A schedule table is no budget table: the budget readers' "unrecognised" warning about it is not news.
        Set<Integer> scheduleTables = new HashSet<>();
        outside.tasks().forEach(t -> scheduleTables.add(t.source().provenance().tableIndex()));
        List<Finding> findings = new ArrayList<>(outside.findings());
        tableReading.findings().stream()
                .filter(f -> !(f.rule().equals("table.unrecognised") && f.source() != null
                        && scheduleTables.contains(f.source().provenance().tableIndex())))
                .forEach(findings::add);
        return new ReadResult(outside.plan(), tableReading.lines(), tableReading.totals(), outside.mentions(),
                outside.tasks(), findings, tableReading.facts(), tableReading.sums());
    }

    /** How many of the document's tables were recognised and read (not reported as unrecognised). */
    public static int tablesRead(Document document, ReadResult result) {
        long found = document.tables().count();
        long unrecognised = result.findings().stream().filter(f -> f.rule().equals("table.unrecognised")).count();
        return (int) Math.max(0, found - unrecognised);
    }
}
