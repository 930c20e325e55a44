package dev.planetl.job.remote;

import dev.planetl.job.WorkerId;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The workers that joined the warehouse ({@code staging.worker}), their heartbeats, and the partitions each is
 * reading ({@code staging.worker_partition}, with a heartbeat of their own, sql V28). Each call is its own
 * transaction unless the caller holds one (the worker records a partition in the transaction that takes its
 * request).
 */
public class WorkerRegistry {

    /**
     * A partition whose worker is gone: the worker stopped, or the partition's heartbeat is older than the worker
     * timeout (the worker was killed, or no longer holds it).
     */
    public record DeadPartition(long stepExecutionId, String host, long pid, String lastHeartbeat) {
    }

    private final JdbcTemplate jdbc;

    public WorkerRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the worker's id in the registry */
    public long register(WorkerId worker, int threads) {
        return jdbc.queryForObject("insert into staging.worker (host, pid, threads) values (?, ?, ?) returning id",
                Long.class, worker.host(), worker.pid(), threads);
    }

    /** The worker is alive and still reading {@code held} (step execution ids). */
    public void heartbeat(long workerId, Collection<Long> held) {
        jdbc.update("update staging.worker set heartbeat_at = now() where id = ?", workerId);
        if (!held.isEmpty()) {
            jdbc.update("update staging.worker_partition set heartbeat_at = now() "
                    + "where worker_id = ? and step_execution_id in (" + idList(held) + ")", workerId);
        }
    }

    /** The worker ended by itself: what it still held is to be run again now, not after the timeout. */
    public void stopped(long workerId) {
        jdbc.update("update staging.worker set stopped_at = now() where id = ?", workerId);
    }

    public void reading(long workerId, long stepExecutionId) {
        jdbc.update("""
                insert into staging.worker_partition (step_execution_id, worker_id) values (?, ?)
                on conflict (step_execution_id) do update
                set worker_id = excluded.worker_id, started_at = now(), heartbeat_at = now()""",
                stepExecutionId, workerId);
    }

    public void done(long stepExecutionId) {
        jdbc.update("delete from staging.worker_partition where step_execution_id = ?", stepExecutionId);
    }

    /**
     * Of the given partitions, those a worker took and then stopped answering for. A partition still waiting in
     * the queue has no row and is not among them.
     */
    public List<DeadPartition> dead(Collection<Long> stepExecutionIds, Duration workerTimeout) {
        if (stepExecutionIds.isEmpty()) {
            return List.of();
        }
        String ids = idList(stepExecutionIds);
        return jdbc.query("select p.step_execution_id, w.host, w.pid, "
                + "to_char(p.heartbeat_at, 'YYYY-MM-DD HH24:MI:SS') "
                + "from staging.worker_partition p join staging.worker w on w.id = p.worker_id "
                + "where p.step_execution_id in (" + ids + ") "
                + "and (w.stopped_at is not null or p.heartbeat_at < now() - make_interval(secs => ?))",
                (rs, i) -> new DeadPartition(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
                (double) workerTimeout.toMillis() / 1000);
    }

    /** Whether an ingest job is under way (discovering, waiting for partitions or publishing). */
    public boolean ingestRunning() {
        return jdbc.queryForObject("select count(*) from batch.batch_job_execution "
                + "where status in ('STARTING', 'STARTED') and end_time is null", Integer.class) > 0;
    }

    /** Workers whose heartbeat is fresh. */
    public int alive(Duration workerTimeout) {
        return jdbc.queryForObject("""
                select count(*) from staging.worker
                where stopped_at is null and heartbeat_at >= now() - make_interval(secs => ?)""", Integer.class,
                (double) workerTimeout.toMillis() / 1000);
    }

    /** Ids are numbers: listing them in the statement is safe. */
    private static String idList(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
