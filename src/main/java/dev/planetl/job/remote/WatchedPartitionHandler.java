package dev.planetl.job.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Spring Batch's {@link MessageChannelPartitionHandler} in its repository-polling mode (the manager sends one
 * request per partition and polls the job repository until every partition's step execution has finished, up to
 * a timeout), with a watch on the workers: a partition whose worker stopped or whose heartbeat went stale is
 * failed in the job repository, so the poll ends and the run fails instead of waiting for the timeout; its
 * documents still pending are read when the run is resumed.
 */
public class WatchedPartitionHandler extends MessageChannelPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(WatchedPartitionHandler.class);

    private final JobRepository jobRepository;
    private final JdbcChannelMessageStore store;
    private final WorkerRegistry workers;
    private final RemoteSettings settings;

    public WatchedPartitionHandler(JobRepository jobRepository, JdbcChannelMessageStore store,
                                   WorkerRegistry workers, RemoteSettings settings) {
        this.jobRepository = jobRepository;
        this.store = store;
        this.workers = workers;
        this.settings = settings;
        setJobRepository(jobRepository);
        setTimeout(settings.timeout().toMillis());
        setPollInterval(1000);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitions)
            throws Exception {
        // requests an earlier manager left (it died, or timed out) name step executions that are over
        store.removeMessageGroup(PartitionRequests.GROUP);
        List<Long> ids = partitions.stream().map(StepExecution::getId).toList();
        log.info("Sent {} partitions to the workers ({} alive)", ids.size(), workers.alive(settings.workerTimeout()));
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "worker-watch");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(1000, settings.workerTimeout().toMillis() / 4);
        watch.scheduleWithFixedDelay(() -> failDead(ids), period, period, TimeUnit.MILLISECONDS);
        try {
            return super.doHandle(managerStepExecution, partitions);
        } finally {
            watch.shutdownNow();
            store.removeMessageGroup(PartitionRequests.GROUP);
            failUntaken(ids);
        }
    }

    private void failDead(List<Long> ids) {
        try {
            for (WorkerRegistry.DeadPartition dead : workers.dead(ids, settings.workerTimeout())) {
                fail(dead.stepExecutionId(), "its worker " + dead.host() + " pid " + dead.pid()
                        + " stopped answering (last heartbeat " + dead.lastHeartbeat() + ")");
                workers.done(dead.stepExecutionId());
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the workers: {}", e.toString());
        }
    }

    /**
     * After the wait: partitions no worker took (their requests are gone with the queue) and those of dead workers
     * are failed, so that the restart can run them. One a live worker is still reading is left to it.
     */
    private void failUntaken(List<Long> ids) {
        failDead(ids);
        for (long id : ids) {
            StepExecution e = jobRepository.getStepExecution(id);
            if (e != null && e.getStatus() == BatchStatus.STARTING) {
                fail(id, "no worker took it within " + settings.timeout().toMinutes() + " min");
            }
        }
    }

    private void fail(long stepExecutionId, String why) {
        StepExecution e = jobRepository.getStepExecution(stepExecutionId);
        if (e == null || !e.getStatus().isRunning()) {
            return;
        }
        log.warn("Partition {} failed: {}; the next run of the same command reads its pending documents",
                e.getStepName(), why);
        e.setStatus(BatchStatus.FAILED);
        e.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        e.setEndTime(LocalDateTime.now());
        jobRepository.update(e);
    }
}
