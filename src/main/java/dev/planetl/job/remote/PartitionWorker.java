package dev.planetl.job.remote;

import dev.planetl.job.IngestParameters;
import dev.planetl.job.WorkerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.messaging.Message;
import org.springframework.messaging.PollableChannel;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code planetl worker}: takes partition requests from the warehouse's queue and runs each with Spring Batch's
 * {@link StepExecutionRequestHandler}, on {@code threads} threads. A background thread renews the heartbeat of the
 * worker and of each partition it reads, however long a document takes; so only a worker that is gone (killed, cut
 * off from the warehouse) or a partition it no longer holds goes stale for the manager. A request
 * whose step execution is no longer waiting (a restart replaced it, or the manager failed it) is dropped; one of a
 * run read with another reader version is failed with the reason, since its facts would be stamped wrongly.
 */
public final class PartitionWorker {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);
    private static final long RECEIVE_MILLIS = 1000;

    /** How the worker runs: its threads, its heartbeat, and when it ends by itself (null: when stopped). */
    public record Settings(int threads, Duration heartbeat, Duration exitWhenIdleFor) {
    }

    private final JobRepository jobRepository;
    private final Step step;
    private final PollableChannel requests;
    private final TransactionTemplate transactions;
    private final WorkerRegistry registry;
    private final String readerVersion;
    private final WorkerId id;
    private final Settings settings;
    private final AtomicLong lastActive = new AtomicLong(System.nanoTime());
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger partitions = new AtomicInteger();
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile long registeredId = -1;

    /** @param transactions over the warehouse the queue, the registry and the job repository live in */
    public PartitionWorker(JobRepository jobRepository, Step step, PollableChannel requests,
                           TransactionTemplate transactions, WorkerRegistry registry, String readerVersion,
                           WorkerId id, Settings settings) {
        this.jobRepository = jobRepository;
        this.step = step;
        this.requests = requests;
        this.transactions = transactions;
        this.registry = registry;
        this.readerVersion = readerVersion;
        this.id = id;
        this.settings = settings;
    }

    /**
     * Runs until {@link #stop()} or, with an idle limit, until no request came for that long while no ingest was
     * under way.
     */
    public int run() throws InterruptedException {
        long registered = registry.register(id, settings.threads());
        registeredId = registered;
        log.info("Worker {} ({} threads) joined the warehouse as worker {}", id, settings.threads(), registered);
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat");
            t.setDaemon(true);
            return t;
        });
        long period = settings.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(() -> beat(registered), period, period, TimeUnit.MILLISECONDS);
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(name -> step.getName().equals(name) ? step : null);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < settings.threads(); i++) {
            Thread t = new Thread(() -> loop(handler, registered), "worker-" + i);
            threads.add(t);
            t.start();
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } finally {
            heartbeat.shutdownNow();
            registry.stopped(registered);
            ended.countDown();
        }
        log.info("Worker {} ends after {} partitions", id, partitions.get());
        return partitions.get();
    }

    /** Takes no new request; the partitions being read are finished first. */
    public void stop() {
        stopping = true;
    }

    /**
     * On SIGTERM: takes no new request and waits up to {@code grace} for the partitions being read; past it the
     * worker is recorded as stopped, so that the manager fails those partitions now rather than after the worker
     * timeout (the restart reads their pending documents; what was staged stays staged).
     */
    public void shutdown(Duration grace) throws InterruptedException {
        stop();
        if (!ended.await(grace.toMillis(), TimeUnit.MILLISECONDS) && registeredId >= 0) {
            registry.stopped(registeredId);
        }
    }

    private void loop(StepExecutionRequestHandler handler, long registered) {
        while (!stopping && !idleLongEnough()) {
            Taken taken;
            try {
                taken = transactions.execute(status -> take(registered));
            } catch (RuntimeException e) {
                // the warehouse is unreachable for a moment, or a request could not be read (it is gone from the
                // queue either way): the worker goes on
                log.warn("Could not take a partition request: {}", e.toString());
                pause();
                continue;
            }
            if (taken == null) {
                pause();
                continue;
            }
            busy.incrementAndGet();
            long stepExecutionId = taken.execution().getId();
            held.add(stepExecutionId);
            try {
                run(handler, taken);
            } catch (RuntimeException e) {
                log.error("A partition failed outside its step: {}", e.toString(), e);
            } finally {
                held.remove(stepExecutionId);
                release(stepExecutionId);
                lastActive.set(System.nanoTime());
                busy.decrementAndGet();
            }
        }
    }

    /**
     * In one transaction: takes the next request from the queue and records that this worker reads its partition,
     * so that a worker killed at any moment either left the request in the queue or left a row whose heartbeat
     * goes stale.
     *
     * @return the request to run, or null when the queue is empty or the request was dropped or refused
     */
    private Taken take(long registered) {
        Message<?> message = requests.receive(0);
        if (message == null) {
            return null;
        }
        lastActive.set(System.nanoTime());
        if (!(message.getPayload() instanceof StepExecutionRequest request)) {
            log.warn("Dropping a message that is no partition request: {}", message);
            return null;
        }
        StepExecution execution = jobRepository.getStepExecution(request.getStepExecutionId());
        if (execution == null || execution.getStatus() != BatchStatus.STARTING) {
            log.info("Dropping {}: its step execution is {}", request,
                    execution == null ? "gone" : execution.getStatus());
            return null;
        }
        String runVersion = execution.getJobExecution().getJobParameters()
                .getString(IngestParameters.READER_VERSION);
        if (runVersion != null && !runVersion.equals(readerVersion)) {
            fail(execution, "worker " + id + " reads with version " + readerVersion + ", the run with "
                    + runVersion + ": start the workers from the same release and vocabularies as the ingest");
            return null;
        }
        registry.reading(registered, execution.getId());
        return new Taken(request, execution);
    }

    /** A request taken from the queue, with its step execution as it was when taken. */
    private record Taken(StepExecutionRequest request, StepExecution execution) {
    }

    private void run(StepExecutionRequestHandler handler, Taken taken) {
        log.info("Reading {} of job execution {}", taken.execution().getStepName(),
                taken.execution().getJobExecutionId());
        StepExecution result = handler.handle(taken.request());
        partitions.incrementAndGet();
        if (result.getStatus() == BatchStatus.FAILED || result.getStatus() == BatchStatus.STOPPED) {
            // the handler marks what escaped the step without saving it: save it, unless the manager did
            StepExecution saved = jobRepository.getStepExecution(result.getId());
            if (saved != null && saved.getStatus().isRunning()) {
                jobRepository.update(result);
            }
        }
    }

    /**
     * The partition is no longer read here. Its row goes unless the repository still says it runs (its end could
     * not be saved): then the row is left to go stale, so that the manager fails the partition and sends it again.
     */
    private void release(long stepExecutionId) {
        try {
            StepExecution saved = jobRepository.getStepExecution(stepExecutionId);
            if (saved != null && saved.getStatus().isRunning()) {
                log.warn("Step execution {} is still marked running after its step ended; the manager will send "
                        + "it again", stepExecutionId);
                return;
            }
            registry.done(stepExecutionId);
        } catch (RuntimeException e) {
            log.warn("Could not release step execution {} ({}); the manager will send it again if it is not over",
                    stepExecutionId, e.toString());
        }
    }

    private void fail(StepExecution execution, String why) {
        log.error("{} failed: {}", execution.getStepName(), why);
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        execution.setStartTime(LocalDateTime.now());
        execution.setEndTime(LocalDateTime.now());
        jobRepository.update(execution);
    }

    private static void pause() {
        try {
            Thread.sleep(RECEIVE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Idle long enough to end: nothing taken for the idle time, nothing being read here, and no ingest under way
     * (a manager still discovering its folder, or waiting for another worker's partition, may send more).
     */
    private boolean idleLongEnough() {
        Duration idle = settings.exitWhenIdleFor();
        if (idle == null || busy.get() > 0 || System.nanoTime() - lastActive.get() <= idle.toNanos()) {
            return false;
        }
        try {
            if (registry.ingestRunning()) {
                lastActive.set(System.nanoTime());
                return false;
            }
        } catch (RuntimeException e) {
            log.warn("Could not ask whether an ingest runs: {}", e.toString());
            return false;
        }
        return true;
    }

    private void beat(long registered) {
        try {
            registry.heartbeat(registered, List.copyOf(held));
        } catch (RuntimeException e) {
            log.warn("Heartbeat failed: {}", e.toString());
        }
    }
}
