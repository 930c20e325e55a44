package dev.planetl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The warm-ups' samples: seed 000 and its renderings, packaged from sample-docs into the jar (pom.xml), read by the
 * extraction children's warm-up and the ingest's. Both run only when the operator asks ({@link #wanted}).
 */
public final class WarmupSamples {

    /** In order of what a first document of the format costs cold: PDF and DOCX most. */
    public static final List<String> ALL = List.of("000_c6a735280eeffe22.ruled.pdf", "000_c6a735280eeffe22.docx",
            "000_c6a735280eeffe22.html", "000_c6a735280eeffe22.hwpx", "000_c6a735280eeffe22.hwp",
            "000_c6a735280eeffe22.txt");
    /** The text one: 57 KB with its project tables and printed totals. */
    public static final String TEXT = "000_c6a735280eeffe22.txt";

    private static final String FOLDER = "/dev/planetl/warmup/";

    private WarmupSamples() {
    }

    /**
     * Whether the operator asked for the warm-ups ({@code PLANETL_WARMUP=on}). Off by default: the 2–3 s they save
     * a run's first documents matter only to runs of some tens to hundreds of documents, and on two cores they cost
     * an ingest of one new file 0.9 s, competing with its start (README, Performance).
     */
    public static boolean wanted() {
        return "on".equalsIgnoreCase(System.getenv("PLANETL_WARMUP"));
    }

    /** The packaged sample, or null when the jar lacks it. */
    public static InputStream open(String sample) {
        return WarmupSamples.class.getResourceAsStream(FOLDER + sample);
    }

    /** Copies {@code sample} into {@code dir} under its own name; false when the jar lacks it. */
    public static boolean copy(String sample, Path dir) throws IOException {
        try (InputStream in = open(sample)) {
            if (in == null) {
                return false;
            }
            Files.copy(in, dir.resolve(sample));
            return true;
        }
    }

    /** Deletes a warm-up's temporary folder and what it holds; what cannot be deleted stays in the temporary folder. */
    public static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left in the temporary folder
        }
    }
}
