package dev.planetl.job;

/**
 * How the process step spreads documents over threads: the run's pending documents are split into
 * {@code partitions} (each a step execution of its own, restarted alone after a crash) and {@code threads} of them
 * run at once. More partitions than threads keep every thread busy when documents differ in size.
 *
 * @param threads documents read at once, at least 1
 * @param partitions how many parts the run is split into, at least {@code threads}
 */
public record Parallelism(int threads, int partitions) {

    /** Partitions per thread when not given: enough for a big file not to hold up a thread's share. */
    public static final int PARTITIONS_PER_THREAD = 4;

    public Parallelism {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
    }

    /**
     * {@code threads} threads over {@value #PARTITIONS_PER_THREAD} partitions each; one thread reads the run as one
     * partition, in path order.
     */
    public static Parallelism threads(int threads) {
        return new Parallelism(threads, threads == 1 ? 1 : threads * PARTITIONS_PER_THREAD);
    }

    /** The most threads {@link #cores} gives: beyond them the runs share one PostgreSQL, and workers scale further. */
    public static final int MOST_DEFAULT_THREADS = 16;

    /**
     * One thread per processor of this machine, at most {@value #MOST_DEFAULT_THREADS}. With no processor spare,
     * the extraction children run the quick compiler, one per thread ({@link ExtractionSettings#childrenFor}); on an
     * idle two-core machine two threads read 1.33× to 1.5× the documents of one thread, which keeps one and a half
     * cores busy (its child's optimising compiler takes the spare core; README, Performance).
     */
    public static Parallelism cores() {
        return threads(Math.min(MOST_DEFAULT_THREADS, Math.max(1, Runtime.getRuntime().availableProcessors())));
    }

    /**
     * Database connections a run needs: one per thread (its chunk transaction is open while the document is read),
     * the run's lock, the partitioning step's own, and two to spare for the job repository.
     */
    public int connections() {
        return threads + 4;
    }
}
