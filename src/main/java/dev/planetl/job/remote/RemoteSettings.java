package dev.planetl.job.remote;

import java.time.Duration;

/**
 * How {@code planetl ingest DIR --remote} hands its run to workers and waits for them.
 *
 * @param partitions how many partitions the run is split into: the most workers (threads of workers) that can
 *     read it at once
 * @param timeout how long the manager waits for all partitions before the run fails (it resumes on the next run)
 * @param workerTimeout a worker whose heartbeat is older than this is dead: its partition is failed at once, so
 *     that the restart runs it again
 */
public record RemoteSettings(int partitions, Duration timeout, Duration workerTimeout) {

    public static final int DEFAULT_PARTITIONS = 16;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(12);
    public static final Duration DEFAULT_WORKER_TIMEOUT = Duration.ofSeconds(60);

    public RemoteSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        if (timeout.isNegative() || timeout.isZero() || workerTimeout.isNegative() || workerTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    public static RemoteSettings defaults() {
        return new RemoteSettings(DEFAULT_PARTITIONS, DEFAULT_TIMEOUT, DEFAULT_WORKER_TIMEOUT);
    }
}
