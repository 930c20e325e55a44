package dev.planetl.extract.isolation;

import dev.planetl.extract.FileExtraction;
import dev.planetl.extract.WarmupSamples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

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
 * ({@link WarmupSamples#wanted}).
 */
final class ChildWarmup implements Runnable {

    private final Supplier<FileExtraction> extractions;
    private volatile boolean stopped;
    private volatile int warmed;

    ChildWarmup(Supplier<FileExtraction> extractions) {
        this.extractions = extractions;
    }

    /** Starts the warm-up on a daemon thread when it is {@linkplain WarmupSamples#wanted wanted}; returns it. */
    static ChildWarmup start(Supplier<FileExtraction> extractions) {
        ChildWarmup warmup = new ChildWarmup(extractions);
        if (WarmupSamples.wanted()) {
            Thread thread = new Thread(warmup, "extraction warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
        return warmup;
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
            for (String sample : WarmupSamples.ALL) {
                if (stopped) {
                    return;
                }
                if (!WarmupSamples.copy(sample, dir)) {
                    continue;
                }
                if (extraction == null) {
                    extraction = extractions.get(); // its own: the child's may not be shared between threads
                }
                try {
                    if (!extraction.extract(dir.resolve(sample)).blocks().isEmpty()) {
                        warmed++;
                    }
                } catch (Exception | StackOverflowError e) {
                    // a warm-up that fails only warms less
                }
            }
        } catch (IOException | RuntimeException e) {
            // no temporary folder, or no sample: the first documents warm up themselves
        } finally {
            WarmupSamples.delete(dir);
        }
    }
}
