package dev.planetl.job;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one document's stages on a worker thread under a {@link DocumentBudget}, watching its time and the bytes
 * it allocates. Past the budget the worker is interrupted and abandoned (a daemon, as extraction's are) and the
 * document fails with the stage it was in; the caller's thread, and so the run, goes on.
 */
final class BudgetedRun {

    /** The stages in order, as the work reports them; the reason names the one that was running. */
    interface Stages {
        void enter(String stage);
    }

    interface Work<T> {
        T run(Stages stages) throws DocumentFailedException;
    }

    private static final long POLL_MILLIS = 100;

    private BudgetedRun() {
    }

    static <T> T run(long documentId, String path, DocumentBudget budget, Work<T> work)
            throws DocumentFailedException {
        AtomicReference<String> stage = new AtomicReference<>("extraction");
        FutureTask<T> task = new FutureTask<>(() -> work.run(stage::set));
        Thread worker = new Thread(task, "pipeline " + path);
        worker.setDaemon(true);
        long start = System.nanoTime();
        worker.start();
        long deadline = start + budget.maxDuration().toNanos();
        try {
            while (true) {
                try {
                    return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        task.cancel(true);
                        throw new DocumentFailedException(documentId, "TIMEOUT: " + path + ": " + stage.get()
                                + " took longer than " + seconds(budget.maxDuration())
                                + " (the per-document budget, budget.max_seconds in jobs/ingest.yml) and was stopped",
                                null);
                    }
                    long allocated = allocatedBytes(worker);
                    if (allocated > budget.maxAllocatedBytes()) {
                        task.cancel(true);
                        throw new DocumentFailedException(documentId, "TOO_LARGE: " + path + ": " + stage.get()
                                + " allocated more than " + (budget.maxAllocatedBytes() >> 20) + " MB (the"
                                + " per-document budget, budget.max_allocated_mb in jobs/ingest.yml) and was stopped",
                                null);
                    }
                }
            }
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentFailedException(documentId, path + ": interrupted before it finished", e);
        } catch (CancellationException e) {
            throw new DocumentFailedException(documentId, path + ": cancelled before it finished", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocumentFailedException failed) {
                throw failed;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new DocumentFailedException(documentId, "TOO_LARGE: " + path + ": " + stage.get()
                        + " needed more memory than the process has", cause);
            }
            if (cause instanceof StackOverflowError) {
                throw new DocumentFailedException(documentId, path + ": " + stage.get() + " failed: the document's"
                        + " structure is nested too deeply", cause);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Bytes the thread allocated so far, or 0 where the JVM cannot tell (the time budget still holds). */
    private static long allocatedBytes(Thread thread) {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean mx
                && mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled()) {
            long bytes = mx.getThreadAllocatedBytes(thread.getId());
            return Math.max(bytes, 0);
        }
        return 0;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
