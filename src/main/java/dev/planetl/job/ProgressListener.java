package dev.planetl.job;

import dev.planetl.load.RegisteredDocument;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells a {@link ProgressSink} how far the run's process step is, over all its partitions: listens to the
 * partitioning step and counts the documents its partitions' threads start. Thread-safe; the sink is called by
 * one thread at a time.
 */
public class ProgressListener implements StepExecutionListener {

    private final JdbcTemplate jdbc;
    private final ProgressSink sink;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    public ProgressListener(JdbcTemplate jdbc, ProgressSink sink) {
        this.jdbc = jdbc;
        this.sink = sink;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        long runId = DocumentStepConfig.runId(jdbc, stepExecution);
        total = jdbc.queryForObject("""
                select count(*) from staging.run_document
                where run_id = ? and action = 'process' and state = 'pending'""", Integer.class, runId);
        done.set(0);
        synchronized (sink) {
            sink.started(total);
        }
    }

    /** A document is about to be processed (on any partition's thread). */
    public void beforeProcess(RegisteredDocument item) {
        int before = done.getAndIncrement();
        synchronized (sink) {
            sink.processing(before, Math.max(total, before + 1), item.path());
        }
    }

    /** Counts what left the pending set, whoever read it: this process's threads or remote workers. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long runId = DocumentStepConfig.runId(jdbc, stepExecution);
        int left = jdbc.queryForObject("""
                select count(*) from staging.run_document
                where run_id = ? and action = 'process' and state = 'pending'""", Integer.class, runId);
        synchronized (sink) {
            sink.finished(total - left, total);
        }
        return null;
    }
}
