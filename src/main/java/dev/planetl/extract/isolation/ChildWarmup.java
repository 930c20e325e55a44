package dev.planetl.extract.isolation;

import dev.planetl.extract.FileExtraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A child's warm-up: once it has said it is ready, it extracts a few small bundled documents (one of each format
 * planetl reads, seed 000 and its renderings, packaged from sample-docs) on a thread of its own, until the first request comes or they are done.
 * The first real documents then find the extractors' classes loaded, their tables built (PDFBox's fonts and glyph
 * lists, Tika's types, POI's and hwplib's records) and their hottest code compiled, instead of paying for it
 * themselves: measured in a child on two cores, the first DOCX took 0.86 s more than the second, the first PDF
 * 0.71 s, HTML 0.25 s, HWP and HWPX 0.05 s.
 *
 * <p>A request stops it before its next sample; the sample under way finishes beside the request. What the
 * samples give is thrown away, and a sample that fails costs nothing. Only with {@code PLANETL_WARMUP=on}
 * ({@link #wanted}).
 */
final class ChildWarmup implements Runnable {

    /** In order of what a first document of the format costs cold: PDF and DOCX most. */
    static final List<String> SAMPLES = List.of("000_c6a735280eeffe22.ruled.pdf", "000_c6a735280eeffe22.docx",
            "000_c6a735280eeffe22.html", "000_c6a735280eeffe22.hwpx", "000_c6a735280eeffe22.hwp",
            "000_c6a735280eeffe22.txt");

    private final Supplier<FileExtraction> extractions;
    private volatile boolean stopped;
    private volatile int warmed;

    ChildWarmup(Supplier<FileExtraction> extractions) {
        this.extractions = extractions;
    }

    /** Starts the warm-up on a daemon thread when it is {@linkplain #wanted wanted}; returns it, to be stopped. */
    static ChildWarmup start(Supplier<FileExtraction> extractions) {
        ChildWarmup warmup = new ChildWarmup(extractions);
        if (wanted()) {
            Thread thread = new Thread(warmup, "extraction warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
        return warmup;
    }

    /**
     * Whether the operator asked for the warm-ups ({@code PLANETL_WARMUP=on}). Off by default: the 2–3 s they save
     * a run's first documents matter only to runs of some tens to hundreds of documents, and on two cores they cost
     * an ingest of one new file 0.9 s, competing with its start (README, Performance).
     */
    static boolean wanted() {
        return "on".equalsIgnoreCase(System.getenv("PLANETL_WARMUP"));
    }

    /** No sample after the one under way. */
    void stop() {
        stopped = true;
    }

    /** How many samples gave a document with blocks (for tests). */
    int warmed() {
        return warmed;
    }

    @Override
    public void run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("planetl-warmup");
            FileExtraction extraction = null;
            for (String sample : SAMPLES) {
                if (stopped) {
                    return;
                }
                Path file = dir.resolve(sample);
                try (InputStream in = ChildWarmup.class.getResourceAsStream("/dev/planetl/warmup/" + sample)) {
                    if (in == null) {
                        continue;
                    }
                    Files.copy(in, file);
                }
                if (extraction == null) {
                    extraction = extractions.get(); // its own: the child's may not be shared between threads
                }
                try {
                    if (!extraction.extract(file).blocks().isEmpty()) {
                        warmed++;
                    }
                } catch (Exception | StackOverflowError e) {
                    // a warm-up that fails only warms less
                }
            }
        } catch (IOException | RuntimeException e) {
            // no temporary folder, or no sample: the first documents warm up themselves
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
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
