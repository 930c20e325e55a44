package dev.planetl.job;

import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.extract.FileExtraction;
import dev.planetl.extract.isolation.ExtractionPool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The extraction pool with its first child started at once, beside the rest of an ingest's start (the job
 * definition, the vocabularies, the warehouse, the Spring context), instead of when the first document comes: a
 * child JVM takes seconds to start and build its extractors, and the first document waited for them.
 *
 * <p>The pool starts children on demand only, so the child is started by asking the pool for a one-line text file;
 * the warm child goes back to the pool idle and takes the first document. The first caller waits for that start
 * rather than starting a second child beside it. A start that fails costs nothing: the first document starts a
 * child of its own and reports what went wrong. Thread-safe; {@link #close} ends the pool.
 */
final class ChildStartedAhead implements FileExtraction, AutoCloseable {

    private final ExtractionPool pool;
    private final CountDownLatch started = new CountDownLatch(1);

    ChildStartedAhead(ExtractionPool pool) {
        this.pool = pool;
        Thread starter = new Thread(this::startChild, "extraction child start");
        starter.setDaemon(true);
        starter.start();
    }

    private void startChild() {
        Path probe = null;
        try {
            probe = Files.createTempFile("planetl-child-start", ".txt");
            Files.writeString(probe, "planetl\n", StandardCharsets.UTF_8);
            pool.extract(probe);
        } catch (IOException | ExtractionException | RuntimeException e) {
            // no child now (closed meanwhile, or it failed to start): the first document starts one and says why
        } finally {
            started.countDown();
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a temporary file of a few bytes; the system's cleaning removes it
                }
            }
        }
    }

    @Override
    public Document extract(Path file) throws ExtractionException {
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(ExtractionException.Reason.CRASHED, "CRASHED: " + file
                    + ": interrupted while the extraction process started", e);
        }
        return pool.extract(file);
    }

    @Override
    public void close() {
        pool.close();
    }
}
