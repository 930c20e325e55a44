package dev.planetl.job;

import dev.planetl.extract.Extraction;
import dev.planetl.extract.ExtractionLimits;
import dev.planetl.extract.Extractor;
import dev.planetl.extract.FileExtraction;
import dev.planetl.db.WarehouseSettings;
import dev.planetl.extract.isolation.ChildParking;
import dev.planetl.extract.isolation.ExtractionPool;
import dev.planetl.extract.docx.DocxExtractor;
import dev.planetl.extract.html.HtmlExtractor;
import dev.planetl.extract.hwp.HwpExtractor;
import dev.planetl.extract.hwpx.HwpxExtractor;
import dev.planetl.extract.pdf.PdfExtractor;
import dev.planetl.extract.text.TextExtractor;
import dev.planetl.extract.tika.TikaFallbackExtractor;
import dev.planetl.read.PlanDocumentReader;
import dev.planetl.read.Vocabularies;
import dev.planetl.read.prose.PlanProseReader;
import dev.planetl.read.table.BudgetTableReader;
import dev.planetl.read.vocab.VocabularySource;
import dev.planetl.validate.DocumentValidator;
import dev.planetl.validate.KrwUnits;
import dev.planetl.validate.Ministries;
import dev.planetl.validate.constraint.RecordConstraints;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Builds the standard pipeline from a job definition. */
public final class Pipelines {

    private Pipelines() {
    }

    /** Every extractor planetl has, one per format. */
    public static List<Extractor> extractors() {
        return List.of(new TextExtractor(), new PdfExtractor(), new HwpExtractor(), new HwpxExtractor(),
                new DocxExtractor(), new HtmlExtractor(), new TikaFallbackExtractor());
    }

    public static Extraction extraction() {
        return new Extraction(extractors(), ExtractionLimits.defaults());
    }

    public static StandardPipeline standard(JobDefinition definition) {
        return standard(definition, VocabularySource.packaged());
    }

    /**
     * The pipeline over the vocabularies in effect. Every vocabulary file is read and checked here, before any
     * document is touched.
     *
     * @throws dev.planetl.read.vocab.VocabularyException naming the file and line of the first bad entry
     */
    public static StandardPipeline standard(JobDefinition definition, VocabularySource vocabularies) {
        return standard(definition, vocabularies, definition.parallelism());
    }

    /** The pipeline for {@code parallelism}'s threads: they share {@link ExtractionSettings#childrenFor} children. */
    public static StandardPipeline standard(JobDefinition definition, VocabularySource vocabularies,
                                            Parallelism parallelism) {
        return standard(definition, vocabularies, CodeDigest.of(Pipelines.class.getClassLoader()), parallelism);
    }

    /**
     * The pipeline as a build whose reading code has the given digest would version it ({@link CodeDigest}); a
     * test stands in for a release with changed readers this way.
     */
    public static StandardPipeline standard(JobDefinition definition, VocabularySource vocabularies,
                                            String codeDigest) {
        return standard(definition, vocabularies, codeDigest, definition.parallelism());
    }

    private static StandardPipeline standard(JobDefinition definition, VocabularySource vocabularies,
                                             String codeDigest, Parallelism parallelism) {
        Vocabularies effective = Vocabularies.from(vocabularies);
        PlanDocumentReader reader = new PlanDocumentReader(new BudgetTableReader(effective),
                new PlanProseReader(vocabularies, effective));
        DocumentValidator validator = new DocumentValidator(
                new KrwUnits(effective.amounts().units().wonUnitExponents()),
                new Ministries(effective.ministries().canonicalNames()),
                definition.policy(), RecordConstraints.DEFAULT_PLAN_YEAR_WINDOW);
        return new StandardPipeline(fileExtraction(definition.extraction(), parallelism.threads()), reader, validator,
                version(codeDigest, vocabularies), definition.budget());
    }

    /**
     * Extraction as the job says: in a pool of child JVMs ({@link ExtractionPool}, killed past the extraction time
     * limit), at most {@link ExtractionSettings#childrenFor} of them for {@code threads} threads, on the compiler
     * {@link ExtractionSettings#quickCompilerFor} gives this machine, its first child started at once
     * ({@link ExtractionPool#startAhead}), its idle children kept warm for the next run where the launcher says where
     * ({@link ChildParking}); or in this process.
     */
    public static FileExtraction fileExtraction(ExtractionSettings settings, int threads) {
        return fileExtraction(settings, threads, Runtime.getRuntime().availableProcessors());
    }

    /** {@link #fileExtraction(ExtractionSettings, int)} as on a machine of {@code processors} processors. */
    static FileExtraction fileExtraction(ExtractionSettings settings, int threads, int processors) {
        if (!settings.isolated()) {
            return extraction();
        }
        boolean quick = settings.quickCompilerFor(threads, processors);
        ExtractionPool pool = new ExtractionPool(new ExtractionPool.ChildSettings(settings.childHeapMegabytes(),
                ExtractionLimits.defaults().maxDuration(), ChildExtractions.class.getName(),
                quick ? List.of(ExtractionSettings.QUICK_COMPILER_OPTION) : List.of()),
                settings.childrenFor(threads, processors),
                ChildParking.fromEnvironment(childIdle(System.getenv())));
        pool.startAhead();
        return pool;
    }

    /**
     * How long idle extraction children wait, warm, for the next run: {@code PLANETL_CHILD_IDLE_TIMEOUT}, else the
     * embedded server's idle timeout ({@code PLANETL_DB_IDLE_TIMEOUT}, default 10 minutes); {@code 0} ends them with
     * the run.
     */
    static Duration childIdle(Map<String, String> env) {
        String own = env.get("PLANETL_CHILD_IDLE_TIMEOUT");
        return own == null || own.isBlank() ? WarehouseSettings.idle(env)
                : WarehouseSettings.duration("PLANETL_CHILD_IDLE_TIMEOUT", own);
    }

    /**
     * The reader version: a digest of the reading code ({@link CodeDigest}) and one of every vocabulary file in
     * effect (the folder's where it has one, else the packaged one), so that a build with changed readers, an
     * edited vocabulary entry, or switching back to the packaged files makes the next run read its documents again.
     */
    public static String version(VocabularySource vocabularies) {
        return version(CodeDigest.of(Pipelines.class.getClassLoader()), vocabularies);
    }

    private static String version(String codeDigest, VocabularySource vocabularies) {
        return codeDigest.substring(0, Math.min(12, codeDigest.length())) + "+"
                + vocabularies.digest().substring(0, 12);
    }
}
