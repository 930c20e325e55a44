package dev.planetl.job.remote;

import dev.planetl.job.WorkerId;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The workers that joined the warehouse ({@code staging.worker}), their heartbeats, and the partitions each is
 * reading ({@code staging.worker_partition}). Each call is its own transaction.
 */
public class WorkerRegistry {

    /** A partition whose worker is gone: it stopped, or its heartbeat is older than the worker timeout. */
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

    public void heartbeat(long workerId) {
        jdbc.update("update staging.worker set heartbeat_at = now() where id = ?", workerId);
    }

    /** The worker ended by itself: what it still held is to be run again now, not after the timeout. */
    public void stopped(long workerId) {
        jdbc.update("update staging.worker set stopped_at = now() where id = ?", workerId);
    }

    public void reading(long workerId, long stepExecutionId) {
        jdbc.update("""
                insert into staging.worker_partition (step_execution_id, worker_id) values (?, ?)
                on conflict (step_execution_id) do update set worker_id = excluded.worker_id, started_at = now()""",
                stepExecutionId, workerId);
    }

    public void done(long stepExecutionId) {
        jdbc.update("delete from staging.worker_partition where step_execution_id = ?", stepExecutionId);
    }

    /** Of the given partitions, those a worker took and then stopped answering for. */
    public List<DeadPartition> dead(Collection<Long> stepExecutionIds, Duration workerTimeout) {
        if (stepExecutionIds.isEmpty()) {
            return List.of();
        }
        // ids are numbers: listing them in the statement is safe
        String ids = stepExecutionIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        return jdbc.query("select p.step_execution_id, w.host, w.pid, "
                + "to_char(w.heartbeat_at, 'YYYY-MM-DD HH24:MI:SS') "
                + "from staging.worker_partition p join staging.worker w on w.id = p.worker_id "
                + "where p.step_execution_id in (" + ids + ") "
                + "and (w.stopped_at is not null or w.heartbeat_at < now() - make_interval(secs => ?))",
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
}
