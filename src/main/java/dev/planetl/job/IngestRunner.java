package dev.planetl.job;

import dev.planetl.job.remote.WatchedPartitionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts an ingest or rerun, or resumes the one that stopped part-way.
 *
 * <p>Only one ingest runs against a warehouse at a time: a PostgreSQL advisory lock, held on a connection of its
 * own for the whole run, says so. A job execution still marked running while nobody holds the lock was cut off
 * (the JVM was killed); it is recovered as failed and then restarted, so its finished documents are not redone.
 */
public class IngestRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);
    private static final long LOCK_KEY = 0x706c616e65746cL; // "planetl"

    private final DataSource dataSource;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final String readerVersion;

    public IngestRunner(DataSource dataSource, JobOperator jobOperator, JobRepository jobRepository, Job job,
                        String readerVersion) {
        this.readerVersion = readerVersion;
        this.dataSource = dataSource;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
    }

    /** What a run ended with. */
    public record Outcome(JobExecution execution, boolean resumed) {

        /**
         * 0 when every document is good; 1 when the job completed but its exit status is anything else (documents
         * failed, were held back or had values rejected); 3 when it failed because remote workers died with
         * partitions still unread after every re-send (retry later: the next run resumes it); 2 when the job failed
         * otherwise. The command line's other codes (3 busy, 64 usage) are in {@code dev.planetl.cli.ExitCode}.
         */
        public int exitCode() {
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                return WatchedPartitionHandler.WORKER_LOST.equals(execution.getExitStatus().getExitCode()) ? 3 : 2;
            }
            String code = execution.getExitStatus().getExitCode();
            // Spring Batch reports the most severe step status; NOOP is a step that had nothing to do.
            return code.equals("COMPLETED") || code.equals("NOOP") ? 0 : 1;
        }

        public String summary() {
            return execution.getStepExecutions().stream()
                    .filter(s -> s.getStepName().equals("summary"))
                    .map(s -> s.getExitStatus().getExitDescription())
                    .findFirst()
                    .orElse("the job " + execution.getStatus().name().toLowerCase(java.util.Locale.ROOT)
                            + firstFailure(execution));
        }

        private static String firstFailure(JobExecution e) {
            return e.getAllFailureExceptions().stream().findFirst().map(t -> ": " + t.getMessage()).orElse("");
        }
    }

    /**
     * @param root the folder, absolute
     * @param year the plan year to republish (a rerun), or null for a nightly ingest
     * @param fromScratch start a new run even when the last one of the same folder and year stopped part-way
     */
    public Outcome run(String root, Integer year, boolean fromScratch, String command) throws Exception {
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock)) {
                throw new WarehouseBusyException("Another planetl ingest is running against this warehouse; "
                        + "wait for it to finish (planetl status shows it)");
            }
            try {
                recoverCutOff();
                Optional<JobExecution> stopped = lastUnfinished(root, year);
                if (stopped.isPresent() && !fromScratch) {
                    log.info("Resuming the run that stopped part-way (job execution {})", stopped.get().getId());
                    return new Outcome(jobOperator.restart(stopped.get()), true);
                }
                if (stopped.isPresent()) {
                    jobOperator.abandon(stopped.get());
                }
                JobParametersBuilder params = new JobParametersBuilder()
                        .addString(IngestParameters.ROOT, root)
                        .addLong(IngestParameters.RUN_KEY, System.currentTimeMillis())
                        .addString(IngestParameters.COMMAND, command, false)
                        .addString(IngestParameters.READER_VERSION, readerVersion, false);
                if (year != null) {
                    params.addLong(IngestParameters.YEAR, year.longValue());
                }
                return new Outcome(jobOperator.start(job, params.toJobParameters()), false);
            } finally {
                unlock(lock);
            }
        }
    }

    /** Executions marked running that nobody runs any more: the JVM that ran them was killed. */
    private void recoverCutOff() {
        for (JobExecution e : jobRepository.findRunningJobExecutions(IngestJobConfig.JOB_NAME)) {
            log.warn("Job execution {} was cut off (its process is gone); marking it failed so it can resume",
                    e.getId());
            jobOperator.recover(e);
        }
    }

    /** The latest run of the same folder and year, when it stopped part-way (failed or stopped). */
    private Optional<JobExecution> lastUnfinished(String root, Integer year) {
        for (JobInstance instance : jobRepository.getJobInstances(IngestJobConfig.JOB_NAME, 0, 100)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && sameRun(last.getJobParameters(), root, year)) {
                boolean unfinished = last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED;
                return unfinished ? Optional.of(last) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean sameRun(JobParameters p, String root, Integer year) {
        Long y = p.getLong(IngestParameters.YEAR);
        return root.equals(p.getString(IngestParameters.ROOT))
                && Objects.equals(year == null ? null : year.longValue(), y);
    }

    private static boolean tryLock(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("select pg_try_advisory_lock(?)")) {
            ps.setLong(1, LOCK_KEY);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection c) throws SQLException {
        try (var ps = c.prepareStatement("select pg_advisory_unlock(?)")) {
            ps.setLong(1, LOCK_KEY);
            ps.execute();
        }
    }
}
