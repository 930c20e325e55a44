package dev.planetl.job;

import dev.planetl.extract.Extraction;
import dev.planetl.extract.ExtractionLimits;
import dev.planetl.extract.Extractor;
import dev.planetl.extract.docx.DocxExtractor;
import dev.planetl.extract.html.HtmlExtractor;
import dev.planetl.extract.hwp.HwpExtractor;
import dev.planetl.extract.hwpx.HwpxExtractor;
import dev.planetl.extract.pdf.PdfExtractor;
import dev.planetl.extract.text.TextExtractor;
import dev.planetl.extract.tika.TikaFallbackExtractor;
import dev.planetl.read.PlanDocumentReader;
import dev.planetl.validate.DocumentValidator;
import dev.planetl.validate.KrwUnits;
import dev.planetl.validate.Ministries;
import dev.planetl.validate.constraint.RecordConstraints;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** Builds the standard pipeline from a job definition. */
public final class Pipelines {

    /** Bumped by hand when extraction or reading changes what a document yields. */
    static final String CODE_VERSION = "2";
    private static final List<String> VOCABULARIES = List.of("classpath*:vocab/**/*.tsv",
            "classpath*:dev/planetl/**/*.tsv", "classpath*:dev/planetl/**/*.txt");

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
        DocumentValidator validator = new DocumentValidator(KrwUnits.standard(), Ministries.standard(),
                definition.policy(), RecordConstraints.DEFAULT_PLAN_YEAR_WINDOW);
        return new StandardPipeline(extraction(), PlanDocumentReader.standard(), validator, version());
    }

    /**
     * The reader version: the code version and a digest of every vocabulary file, so that editing a vocabulary
     * entry makes the next run read its documents again.
     */
    public static String version() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            var resolver = new PathMatchingResourcePatternResolver(Pipelines.class.getClassLoader());
            List<Resource> resources = new java.util.ArrayList<>();
            for (String pattern : VOCABULARIES) {
                resources.addAll(Arrays.asList(resolver.getResources(pattern)));
            }
            resources.sort(Comparator.comparing(r -> String.valueOf(r.getFilename()) + r.getDescription()));
            for (Resource r : resources) {
                try (InputStream in = r.getInputStream()) {
                    md.update(String.valueOf(r.getFilename()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update(in.readAllBytes());
                }
            }
            return CODE_VERSION + "+" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabularies", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
