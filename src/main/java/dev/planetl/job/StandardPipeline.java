package dev.planetl.job;

import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.FileExtraction;
import dev.planetl.load.DocumentFacts;
import dev.planetl.load.RegisteredDocument;
import dev.planetl.read.PlanDocumentReader;
import dev.planetl.read.PlanInfo;
import dev.planetl.read.ReadResult;
import dev.planetl.validate.DocumentValidator;
import dev.planetl.validate.PublicationDecision;
import dev.planetl.validate.Validation;

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
            stages.enter("reading");
            ReadResult read = reader.read(document, doc.planYearOverride());
            stages.enter("validation");
            PlanInfo plan = read.plan();
            Integer planYear = plan.planYear();
            Validation validation = validator.validate(read, planYear == null ? typicalYear(read) : planYear);
            PublicationDecision decision = validator.decide(validation);
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

    /** Without a plan year, judge the fiscal years against the one the document's figures mostly belong to. */
    private static int typicalYear(ReadResult read) {
        return java.util.stream.Stream.concat(read.lines().stream().map(l -> l.fiscalYear()),
                        read.totals().stream().map(t -> t.fiscalYear()))
                .collect(java.util.stream.Collectors.groupingBy(y -> y, java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(java.time.Year.now().getValue());
    }
}
