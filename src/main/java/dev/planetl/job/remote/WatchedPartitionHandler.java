package dev.planetl.job.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.support.MessageBuilder;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Hands the partitions to the workers and waits for them, as Spring Batch Integration's
 * {@code MessageChannelPartitionHandler} does in its repository-polling mode (one {@link StepExecutionRequest} per
 * partition into the request channel, then the job repository polled until every partition's step execution has
 * ended, up to a timeout), and watches the workers' heartbeats meanwhile: a partition whose heartbeat went stale
 * (its worker was killed or stopped) is failed and sent again at once as a new step execution of the same
 * partition, the way Spring Batch's own splitter restarts a failed partition (same name, its execution context),
 * so that another live worker reads its documents still pending within the same command. After
 * {@link RemoteSettings#retries()} sends of one partition it stays failed with {@link #WORKER_LOST}, and the next
 * run resumes it. While no worker at all is alive for {@link RemoteSettings#noWorkerTimeout}, the partitions still
 * unread fail the same way (exit 3), instead of waiting out the run's timeout.
 *
 * <p>It does not extend {@code MessageChannelPartitionHandler}: that handler waits on the fixed set of step
 * executions it sent, and a partition sent again is a step execution that set does not hold.
 */
public class WatchedPartitionHandler extends AbstractPartitionHandler {

    /** The exit code of a partition, and so of the process step and the job, that lost its worker for good. */
    public static final String WORKER_LOST = "WORKER_LOST";

    private static final Logger log = LoggerFactory.getLogger(WatchedPartitionHandler.class);
    private static final long POLL_MILLIS = 1000;

    private final JobRepository jobRepository;
    private final JdbcChannelMessageStore store;
    private final WorkerRegistry workers;
    private final RemoteSettings settings;
    private final MessagingTemplate requests;
    private final String stepName;

    /**
     * @param requests sends to the channel the workers take requests from
     * @param stepName the workers' step that runs a partition
     */
    public WatchedPartitionHandler(JobRepository jobRepository, JdbcChannelMessageStore store,
                                   WorkerRegistry workers, RemoteSettings settings, MessagingTemplate requests,
                                   String stepName) {
        this.jobRepository = jobRepository;
        this.store = store;
        this.workers = workers;
        this.settings = settings;
        this.requests = requests;
        this.stepName = stepName;
        setGridSize(settings.partitions());
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitions)
            throws Exception {
        if (partitions.isEmpty()) {
            return partitions;
        }
        // requests an earlier manager left (it died, or timed out) name step executions that are over
        store.removeMessageGroup(PartitionRequests.GROUP);
        Map<String, StepExecution> current = new HashMap<>();
        for (StepExecution partition : partitions) {
            current.put(partition.getStepName(), partition);
            send(partition);
        }
        int alive = workers.alive(settings.workerTimeout());
        if (alive == 0) {
            log.warn("Sent {} partitions, but no worker is alive: start planetl worker against this warehouse (the "
                    + "run waits {} for one)", partitions.size(), minutes(settings.noWorkerTimeout()));
        } else {
            log.info("Sent {} partitions to the workers ({} alive)", partitions.size(), alive);
        }
        try {
            return await(managerStepExecution.getJobExecution(), current);
        } finally {
            store.removeMessageGroup(PartitionRequests.GROUP);
            failUntaken(current);
        }
    }

    /** Polls the repository until every current partition has ended, sending again those that lost a worker. */
    private Set<StepExecution> await(JobExecution jobExecution, Map<String, StepExecution> current)
            throws InterruptedException, TimeoutException {
        Map<String, Integer> sends = new HashMap<>();
        Map<String, StepExecution> ended = new HashMap<>();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        long watchEvery = Math.max(POLL_MILLIS, settings.workerTimeout().toMillis() / 4) * 1_000_000;
        long nextWatch = System.nanoTime() + watchEvery;
        long lastWorkerAlive = System.nanoTime();
        while (true) {
            for (StepExecution partition : current.values()) {
                if (!ended.containsKey(partition.getStepName())) {
                    StepExecution now = jobRepository.getStepExecution(partition.getId());
                    if (now != null && !now.getStatus().isRunning()) {
                        ended.put(now.getStepName(), now);
                    }
                }
            }
            if (ended.size() == current.size()) {
                return new HashSet<>(ended.values());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new TimeoutException((current.size() - ended.size()) + " partitions did not end within "
                        + settings.timeout().toMinutes() + " min");
            }
            if (System.nanoTime() - nextWatch > 0) {
                sendLostAgain(jobExecution, current, sends);
                nextWatch = System.nanoTime() + watchEvery;
                if (anyWorkerAlive()) {
                    lastWorkerAlive = System.nanoTime();
                } else if (System.nanoTime() - lastWorkerAlive > settings.noWorkerTimeout().toNanos()) {
                    failUnended(current, ended);
                    return new HashSet<>(ended.values());
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Whether a worker's heartbeat is fresh; a failed check counts as alive (it says nothing of the workers). */
    private boolean anyWorkerAlive() {
        try {
            return workers.alive(settings.workerTimeout()) > 0;
        } catch (RuntimeException e) {
            log.warn("Could not check the workers: {}", e.toString());
            return true;
        }
    }

    /**
     * No worker has been alive for {@link RemoteSettings#noWorkerTimeout}: the partitions not yet ended fail with
     * {@link #WORKER_LOST} (the run exits 3, retry later), and the next run resumes them.
     */
    private void failUnended(Map<String, StepExecution> current, Map<String, StepExecution> ended) {
        String why = "no worker was alive for " + minutes(settings.noWorkerTimeout())
                + "; start planetl worker against this warehouse, and run the same ingest again to resume";
        log.warn("{} partitions wait with no worker alive for {}: the run stops and the next run resumes them",
                current.size() - ended.size(), minutes(settings.noWorkerTimeout()));
        for (StepExecution partition : current.values()) {
            if (!ended.containsKey(partition.getStepName())) {
                StepExecution failed = fail(partition.getId(), new ExitStatus(WORKER_LOST, why));
                // null: it ended on its own meanwhile; keep how it ended
                ended.put(partition.getStepName(), failed != null ? failed
                        : jobRepository.getStepExecution(partition.getId()));
            }
        }
    }

    private static String minutes(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    /**
     * Fails each partition whose heartbeat went stale and, within its retries, replaces it by a new step execution
     * of the same partition, sent to the workers.
     */
    private void sendLostAgain(JobExecution jobExecution, Map<String, StepExecution> current,
                               Map<String, Integer> sends) {
        List<WorkerRegistry.DeadPartition> dead;
        try {
            dead = workers.dead(ids(current), settings.workerTimeout());
        } catch (RuntimeException e) {
            log.warn("Could not check the workers: {}", e.toString());
            return;
        }
        for (WorkerRegistry.DeadPartition d : dead) {
            StepExecution lost = fail(d.stepExecutionId(), lostWorker(d));
            workers.done(d.stepExecutionId());
            if (lost == null) {
                continue;
            }
            String name = lost.getStepName();
            int sent = sends.merge(name, 1, Integer::sum);
            if (sent > settings.retries()) {
                log.warn("Partition {} lost its worker {} times; the run fails and the next run reads its pending "
                        + "documents", name, sent);
                continue;
            }
            StepExecution again = jobRepository.createStepExecution(name, jobExecution);
            again.setExecutionContext(lost.getExecutionContext());
            jobRepository.updateExecutionContext(again);
            current.put(name, again);
            send(again);
            log.warn("Partition {} sent again as step execution {} ({} of {} retries)", name, again.getId(), sent,
                    settings.retries());
        }
    }

    private void send(StepExecution partition) {
        StepExecutionRequest request = new StepExecutionRequest(stepName, partition.getId());
        requests.send(MessageBuilder.withPayload(request)
                .setCorrelationId(partition.getJobExecutionId() + ":" + stepName)
                .build());
    }

    /**
     * After the wait (it ended or timed out): partitions no worker took (their requests are gone with the queue)
     * and those whose worker is gone are failed, so that the restart can run them. One a live worker is still
     * reading is left to it.
     */
    private void failUntaken(Map<String, StepExecution> current) {
        try {
            for (WorkerRegistry.DeadPartition d : workers.dead(ids(current), settings.workerTimeout())) {
                fail(d.stepExecutionId(), lostWorker(d));
                workers.done(d.stepExecutionId());
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the workers: {}", e.toString());
        }
        for (long id : ids(current)) {
            StepExecution e = jobRepository.getStepExecution(id);
            if (e != null && e.getStatus() == BatchStatus.STARTING) {
                fail(id, ExitStatus.FAILED.addExitDescription("no worker took it within "
                        + settings.timeout().toMinutes() + " min"));
            }
        }
    }

    private static ExitStatus lostWorker(WorkerRegistry.DeadPartition d) {
        return new ExitStatus(WORKER_LOST, "its worker " + d.host() + " pid " + d.pid()
                + " stopped answering (last heartbeat " + d.lastHeartbeat() + ")");
    }

    /** @return the failed step execution, or null when it had ended already */
    private StepExecution fail(long stepExecutionId, ExitStatus exit) {
        StepExecution e = jobRepository.getStepExecution(stepExecutionId);
        if (e == null || !e.getStatus().isRunning()) {
            return null;
        }
        log.warn("Partition {} failed: {}", e.getStepName(), exit.getExitDescription());
        e.setStatus(BatchStatus.FAILED);
        e.setExitStatus(exit);
        e.setEndTime(LocalDateTime.now());
        jobRepository.update(e);
        return e;
    }

    private static List<Long> ids(Map<String, StepExecution> current) {
        return current.values().stream().map(StepExecution::getId).toList();
    }
}
