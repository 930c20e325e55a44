package dev.planetl.read;

import dev.planetl.extract.Document;
import dev.planetl.read.prose.PlanProseReader;
import dev.planetl.read.table.BudgetTableReader;
import dev.planetl.read.table.TableReading;
import dev.planetl.read.vocab.VocabularySource;

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

    /** A part of the file the extractor could not read and left out; the rest was read. */
    public static final String EXTRACT_PARTIAL = "extract.partial";

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

    /**
     * The readers over the vocabularies in effect, each read and checked now.
     *
     * @throws dev.planetl.read.vocab.VocabularyException naming the file and line of the first bad entry
     */
    public static PlanDocumentReader from(VocabularySource source) {
        Vocabularies vocabularies = Vocabularies.from(source);
        return new PlanDocumentReader(new BudgetTableReader(vocabularies), new PlanProseReader(source, vocabularies));
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
        TableReading tableReading = tables.read(document, outside.plan().issuer());
        // A schedule table is no budget table: its year columns hold periods ('20~'25), not amounts, so what the
        // budget readers and the fact reader say about it (unrecognised, malformed numbers, no fact) is not news.
        Set<Integer> scheduleTables = new HashSet<>();
        outside.tasks().forEach(t -> scheduleTables.add(t.source().provenance().tableIndex()));
        List<Finding> findings = new ArrayList<>(extractionFindings(document));
        findings.addAll(outside.findings());
        tableReading.findings().stream()
                .filter(f -> !inSchedule(f.source(), scheduleTables))
                .forEach(findings::add);
        List<TableFact> facts = tableReading.facts().stream()
                .filter(f -> !inSchedule(f.source(), scheduleTables)).toList();
        List<PrintedSum> sums = tableReading.sums().stream()
                .filter(s -> s.total() == null || !inSchedule(s.total().source(), scheduleTables)).toList();
        return new ReadResult(outside.plan(), tableReading.lines(), tableReading.totals(), outside.mentions(),
                outside.tasks(), findings, facts, sums);
    }

    /**
     * What the extractor worked around (a page without a text layer, glyphs without a Unicode mapping, an HWP
     * control it could not read and skipped): a part of the file that yields nothing, so the steward is told.
     */
    static List<Finding> extractionFindings(Document document) {
        return document.warnings().stream()
                .map(w -> new Finding(Severity.WARNING, EXTRACT_PARTIAL, w, "", null))
                .toList();
    }

    private static boolean inSchedule(SourceRef source, Set<Integer> scheduleTables) {
        return source != null && source.provenance() != null
                && scheduleTables.contains(source.provenance().tableIndex());
    }

    /** How many of the document's tables were recognised and read (not reported as unrecognised). */
    public static int tablesRead(Document document, ReadResult result) {
        long found = document.tables().count();
        long unrecognised = result.findings().stream().filter(f -> f.rule().equals("table.unrecognised")).count();
        return (int) Math.max(0, found - unrecognised);
    }
}
