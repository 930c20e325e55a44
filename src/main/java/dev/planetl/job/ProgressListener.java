package dev.planetl.job;

import dev.planetl.load.RegisteredDocument;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Tells a {@link ProgressSink} how far the process step is. One instance per step execution. */
public class ProgressListener implements StepExecutionListener {

    private final PendingDocumentReader reader;
    private final ProgressSink sink;
    private int total;
    private int done;

    public ProgressListener(PendingDocumentReader reader, ProgressSink sink) {
        this.reader = reader;
        this.sink = sink;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        total = reader.remaining();
        done = 0;
        sink.started(total);
    }

    /** A document is about to be processed. */
    public void beforeProcess(RegisteredDocument item) {
        sink.processing(done, total, item.path());
        done++;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        sink.finished(done, total);
        return null;
    }
}
