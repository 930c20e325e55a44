package dev.planetl.cli;

import dev.planetl.job.remote.RemoteSettings;
import picocli.CommandLine.Option;

import java.time.Duration;

/** {@code ingest --remote}: hand the run's partitions to {@code planetl worker} processes. */
public class RemoteOptions {

    @Option(names = "--remote", description = "Only discover, split, wait for the workers (planetl worker) and "
            + "publish; read no document here.")
    boolean remote;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "" + RemoteSettings.DEFAULT_PARTITIONS,
            description = "With --remote: how many partitions the run is split into (default ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--timeout-minutes", paramLabel = "M", defaultValue = "720",
            description = "With --remote: how long to wait for the workers before the run fails (default "
                    + "${DEFAULT-VALUE}); the next run resumes it.")
    long timeoutMinutes;

    @Option(names = "--worker-timeout-seconds", paramLabel = "S", defaultValue = "60",
            description = "With --remote: a partition whose worker's heartbeat is older than this has lost its "
                    + "worker; it is failed and sent to the workers again (default ${DEFAULT-VALUE}). A slow worker "
                    + "keeps beating and is never taken for dead.")
    long workerTimeoutSeconds;

    @Option(names = "--partition-retries", paramLabel = "N", defaultValue = "" + RemoteSettings.DEFAULT_RETRIES,
            description = "With --remote: how many times one partition is sent again after losing its worker "
                    + "(default ${DEFAULT-VALUE}); past that the run exits 3 and the next run resumes it.")
    int partitionRetries;

    @Option(names = "--no-worker-minutes", paramLabel = "M", defaultValue = "10",
            description = "With --remote: how long to wait while no worker at all is alive (default "
                    + "${DEFAULT-VALUE}); past that the partitions still unread fail, the run exits 3 and the next "
                    + "run resumes it.")
    long noWorkerMinutes;

    /** The settings, or null without {@code --remote}. */
    RemoteSettings settings() {
        if (!remote) {
            return null;
        }
        try {
            return new RemoteSettings(partitions, Duration.ofMinutes(timeoutMinutes),
                    Duration.ofSeconds(workerTimeoutSeconds), partitionRetries, Duration.ofMinutes(noWorkerMinutes));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
