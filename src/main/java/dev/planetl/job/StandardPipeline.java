package dev.planetl.job;

import dev.planetl.extract.Document;
import dev.planetl.extract.Extraction;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.ExtractionLimits;
import dev.planetl.extract.FileExtraction;
import dev.planetl.extract.WarmupSamples;
import dev.planetl.extract.text.TextExtractor;
import dev.planetl.load.DocumentFacts;
import dev.planetl.load.RegisteredDocument;
import dev.planetl.read.PlanDocumentReader;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.ReadResult;
import dev.planetl.validate.DocumentValidator;
import dev.planetl.validate.PublicationDecision;
import dev.planetl.validate.Validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The real pipeline: extract (format by content), read (title page, tables, prose), validate (constraints,
 * arithmetic, repair with proof), and decide under the publication policy, all three stages within the
 * {@link DocumentBudget}. Thread-safe. {@link #close} ends the extraction children, if extraction has them.
 */
public final class StandardPipeline implements DocumentPipeline, AutoCloseable {

    private final FileExtraction extraction;
    private final PlanDocumentReader reader;
    private final DocumentValidator validator;
    private final String version;
    private final DocumentBudget budget;

    public StandardPipeline(FileExtraction extraction, PlanDocumentReader reader, DocumentValidator validator,
                            String version) {
        this(extraction, reader, validator, version, DocumentBudget.defaults());
    }

    public StandardPipeline(FileExtraction extraction, PlanDocumentReader reader, DocumentValidator validator,
                            String version, DocumentBudget budget) {
        this.budget = Objects.requireNonNull(budget);
        this.extraction = Objects.requireNonNull(extraction);
        this.reader = Objects.requireNonNull(reader);
        this.validator = Objects.requireNonNull(validator);
        this.version = Objects.requireNonNull(version);
    }

    @Override
    public String version() {
        return version;
    }

    /**
     * Reads and validates a small bundled text ({@link WarmupSamples#TEXT}, seed 000) on a daemon thread, the
     * results thrown away, so the first documents of a run find the readers' and validators' classes loaded, their
     * tables built and their hot code compiled, the work done while the warehouse is opened. Extracted here with
     * the text extractor only, so this JVM loads no PDF or office library for it. A failure only warms less. Only
     * when {@linkplain WarmupSamples#wanted wanted}.
     */
    public void warmUp() {
        if (!WarmupSamples.wanted()) {
            return;
        }
        Thread thread = new Thread(this::readSample, "reading warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** The warm-up's work: the sample read and validated as a document is; whether it gave budget lines (for tests). */
    boolean readSample() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("planetl-warmup");
            if (!WarmupSamples.copy(WarmupSamples.TEXT, dir)) {
                return false;
            }
            Document document = new Extraction(List.of(new TextExtractor()), ExtractionLimits.defaults())
                    .extract(dir.resolve(WarmupSamples.TEXT));
            return !read(document, null, stage -> { }).validation().lines().isEmpty();
        } catch (IOException | ExtractionException | RuntimeException | StackOverflowError e) {
            return false;
        } finally {
            WarmupSamples.delete(dir);
        }
    }

    @Override
    public void close() {
        if (extraction instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("the extraction could not be closed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public DocumentFacts process(RegisteredDocument doc) throws DocumentFailedException {
        return BudgetedRun.run(doc.id(), doc.path(), budget, stages -> process(doc, stages));
    }

    private DocumentFacts process(RegisteredDocument doc, BudgetedRun.Stages stages) throws DocumentFailedException {
        Document document;
        try {
            document = extraction.extract(doc.file());
        } catch (ExtractionException e) {
            throw new DocumentFailedException(doc.id(), e.getMessage(), e);
        }
        try {
            Reading reading = read(document, doc.planYearOverride(), stages);
            ReadResult read = reading.read();
            Validation validation = reading.validation();
            PublicationDecision decision = reading.decision();
            PlanInfo plan = read.plan();
            Integer planYear = plan.planYear();
            String source = planYear == null ? null : doc.planYearOverride() != null ? "manifest" : "detected";
            return new DocumentFacts(doc, document.metadata(), plan, planYear, source, validation.lines(),
                    validation.totals(), read.mentions(), read.tasks(), validation.findings(), validation.checks(),
                    decision.publish() ? null : decision.reason(), (int) document.tables().count(),
                    PlanDocumentReader.tablesRead(document, read), validation.facts(),
                    decision.publish() ? PublicationDecision.caveat(validation).orElse(null) : null);
        } catch (RuntimeException e) {
            throw new DocumentFailedException(doc.id(), doc.path() + ": reading failed (" + e + "); the file was "
                    + "extracted but a reader could not handle it", e);
        }
    }

    private record Reading(ReadResult read, Validation validation, PublicationDecision decision) {
    }

    /** Reading, validation and the publication decision of an extracted document. */
    private Reading read(Document document, Integer planYearOverride, BudgetedRun.Stages stages) {
        stages.enter("reading");
        ReadResult read = reader.read(document, planYearOverride);
        stages.enter("validation");
        Integer planYear = read.plan().planYear();
        Validation validation = validator.validate(read, planYear == null ? typicalYear(read) : planYear);
        return new Reading(read, validation, validator.decide(validation));
    }

    /** Without a plan year, judge the fiscal years against the one the document's figures mostly belong to. */
    private static int typicalYear(ReadResult read) {
        return java.util.stream.Stream.concat(read.lines().stream().map(l -> l.fiscalYear()),
                        read.totals().stream().map(t -> t.fiscalYear()))
                .collect(java.util.stream.Collectors.groupingBy(y -> y, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(java.time.Year.now().getValue());
    }
}
