package dev.planetl.job;

import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.FileExtraction;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * Lets at most {@code permits} threads extract at once, so that a pool of extraction children that starts one
 * child per concurrent caller keeps to that many. On two cores one child serves two ingest threads: while it
 * extracts one thread's document the other thread reads, validates and stages its own, and the run pays one
 * child's start and JIT warm-up instead of two (README, Performance: a second child cost 30 s of CPU more for
 * the same 368 documents). Waiting for a permit counts against the document's budget like the extraction
 * itself. Thread-safe; {@link #close} closes the gated extraction when it can be closed.
 */
final class ExtractionGate implements FileExtraction, AutoCloseable {

    private final FileExtraction extraction;
    private final Semaphore permits;

    ExtractionGate(FileExtraction extraction, int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one extraction at a time, not " + permits);
        }
        this.extraction = Objects.requireNonNull(extraction);
        this.permits = new Semaphore(permits, true);
    }

    @Override
    public Document extract(Path file) throws ExtractionException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(ExtractionException.Reason.TIMEOUT, "TIMEOUT: " + file
                    + ": interrupted while waiting for an extraction process");
        }
        try {
            return extraction.extract(file);
        } finally {
            permits.release();
        }
    }

    @Override
    public void close() throws Exception {
        if (extraction instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
