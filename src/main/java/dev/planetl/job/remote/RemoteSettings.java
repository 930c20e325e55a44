package dev.planetl.job.remote;

import java.time.Duration;

/**
 * How {@code planetl ingest DIR --remote} hands its run to workers and waits for them.
 *
 * @param partitions how many partitions the run is split into: the most workers (threads of workers) that can
 *     read it at once
 * @param timeout how long the manager waits for all partitions before the run fails (it resumes on the next run)
 * @param workerTimeout a partition whose heartbeat is older than this has lost its worker: it is failed at once
 *     and sent again. Only the heartbeat counts, never how long the partition has run, so a slow worker that is
 *     alive is never taken for dead
 * @param retries how many times one partition is sent again within the run after losing its worker; past that the
 *     run fails with {@link WatchedPartitionHandler#WORKER_LOST} and the next run resumes it
 * @param noWorkerTimeout how long the manager waits while no worker at all is alive: past it the partitions still
 *     unread fail with {@link WatchedPartitionHandler#WORKER_LOST} (a run nobody reads does not wait out
 *     {@code timeout}), and the next run resumes them
 */
public record RemoteSettings(int partitions, Duration timeout, Duration workerTimeout, int retries,
                             Duration noWorkerTimeout) {

    public static final int DEFAULT_PARTITIONS = 16;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(12);
    public static final Duration DEFAULT_WORKER_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_RETRIES = 2;
    public static final Duration DEFAULT_NO_WORKER_TIMEOUT = Duration.ofMinutes(10);

    public RemoteSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        }
        if (timeout.isNegative() || timeout.isZero() || workerTimeout.isNegative() || workerTimeout.isZero()
                || noWorkerTimeout.isNegative() || noWorkerTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("partition retries must be 0 or more, not " + retries);
        }
    }

    /** With the default wait while no worker is alive. */
    public RemoteSettings(int partitions, Duration timeout, Duration workerTimeout, int retries) {
        this(partitions, timeout, workerTimeout, retries, DEFAULT_NO_WORKER_TIMEOUT);
    }

    public static RemoteSettings defaults() {
        return new RemoteSettings(DEFAULT_PARTITIONS, DEFAULT_TIMEOUT, DEFAULT_WORKER_TIMEOUT, DEFAULT_RETRIES);
    }
}
