package dev.planetl.job;

import dev.planetl.load.DocumentFacts;
import dev.planetl.load.RegisteredDocument;
import dev.planetl.load.RunRepository;
import dev.planetl.load.StagingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

import java.nio.file.Path;

/**
 * The step one partition of a run's documents runs: one item = one document, fault-tolerant, each document staged
 * (or its failure recorded) in its own transaction. The same step runs on the ingest's threads and on remote
 * workers; everything it holds is per step execution (step scope) except the pipeline, which is thread-safe.
 *
 * <p>Exactly once: the writer and the failure recorder first claim the document ({@link RunRepository#claim}); a
 * document another execution of the run staged already is left alone, so a partition re-run after its worker was
 * declared dead cannot stage a document twice, even while the old worker still runs.
 */
@Configuration
@Import(BatchConfig.class)
public class DocumentStepConfig {

    /** The partitions' step; its executions are named {@code processDocuments:partitionN}. */
    public static final String STEP_NAME = "processDocuments";

    private static final Logger log = LoggerFactory.getLogger(DocumentStepConfig.class);

    @Bean
    public Step processDocumentsStep(JobRepository jobRepository, JdbcTransactionManager tm,
                                     PendingDocumentReader pendingDocumentReader,
                                     ItemProcessor<RegisteredDocument, DocumentFacts> documentProcessor,
                                     ItemWriter<DocumentFacts> stagingWriter,
                                     SkipListener<RegisteredDocument, DocumentFacts> failureRecorder) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .<RegisteredDocument, DocumentFacts>chunk(1)
                .transactionManager(tm)
                .reader(pendingDocumentReader)
                .processor(documentProcessor)
                .writer(stagingWriter)
                .faultTolerant()
                .skip(DocumentFailedException.class)
                .skipLimit(Long.MAX_VALUE)
                .skipListener(failureRecorder)
                .build();
    }

    @Bean
    public ProgressListener progressListener(JdbcTemplate jdbc, ProgressSink sink) {
        return new ProgressListener(jdbc, sink);
    }

    @Bean
    @StepScope
    public PendingDocumentReader pendingDocumentReader(JdbcTemplate jdbc, JobDefinition definition,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        long runId = runId(jdbc, stepExecution);
        Path root = Path.of(stepExecution.getJobExecution().getJobParameters().getString(IngestParameters.ROOT));
        int part = stepExecution.getExecutionContext().getInt(DocumentPartitioner.PART);
        return new PendingDocumentReader(jdbc, runId, root, definition, part);
    }

    /** Reports progress itself: the fault-tolerant chunk step does not call item-process listeners. */
    @Bean
    @StepScope
    public ItemProcessor<RegisteredDocument, DocumentFacts> documentProcessor(DocumentPipeline pipeline,
            ProgressListener progressListener) {
        return document -> {
            progressListener.beforeProcess(document);
            return pipeline.process(document);
        };
    }

    @Bean
    @StepScope
    public ItemWriter<DocumentFacts> stagingWriter(JdbcTemplate jdbc, DocumentPipeline pipeline, WorkerId worker,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        long runId = runId(jdbc, stepExecution);
        RunRepository runs = new RunRepository(jdbc);
        StagingRepository staging = new StagingRepository(jdbc);
        return chunk -> chunk.forEach(facts -> {
            if (runs.claim(runId, facts.document().id(), worker.host(), worker.pid())) {
                staging.stage(runId, facts, pipeline.version());
            } else {
                log.info("{} was staged in this run already; not staging it again", facts.document().path());
            }
        });
    }

    @Bean
    @StepScope
    public SkipListener<RegisteredDocument, DocumentFacts> failureRecorder(JdbcTemplate jdbc,
            DocumentPipeline pipeline, WorkerId worker, @Value("#{stepExecution}") StepExecution stepExecution) {
        long runId = runId(jdbc, stepExecution);
        RunRepository runs = new RunRepository(jdbc);
        StagingRepository staging = new StagingRepository(jdbc);
        return new SkipListener<>() {
            @Override
            public void onSkipInProcess(RegisteredDocument item, Throwable t) {
                if (runs.claim(runId, item.id(), worker.host(), worker.pid())) {
                    staging.recordFailure(runId, item.id(), t.getMessage(), pipeline.version());
                }
            }
        };
    }

    /** The run a step belongs to: created by the discover step for the job instance, kept across restarts. */
    public static long runId(JdbcTemplate jdbc, StepExecution stepExecution) {
        return new RunRepository(jdbc).existingRunFor(stepExecution.getJobExecution().getJobInstance().getInstanceId());
    }
}
