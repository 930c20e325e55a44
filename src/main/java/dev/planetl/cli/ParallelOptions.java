package dev.planetl.cli;

import dev.planetl.job.JobDefinition;
import dev.planetl.job.Parallelism;
import picocli.CommandLine.Option;

/** How many documents an ingest or rerun reads at once. */
public class ParallelOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents read at once (default: threads in jobs/ingest.yml, else one per processor, at most 16).")
    Integer threads;

    /** The command line's threads, else the job definition's. */
    public Parallelism resolve(JobDefinition definition) {
        if (threads == null) {
            return definition.parallelism();
        }
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, not " + threads);
        }
        return Parallelism.threads(threads);
    }
}
