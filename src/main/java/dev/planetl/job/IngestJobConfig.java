package dev.planetl.job;

import dev.planetl.load.DocumentFacts;
import dev.planetl.load.DocumentRegistry;
import dev.planetl.load.Publisher;
import dev.planetl.load.RegisteredDocument;
import dev.planetl.load.RunRepository;
import dev.planetl.load.RunSummary;
import dev.planetl.load.StagingRepository;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The ingest job: discover → process (one item = one document, fault-tolerant) → publish (one transaction per
 * plan year) → summary. Its job repository lives in the warehouse's {@code batch} schema, so a run killed part-way
 * can be restarted and continues where it stopped.
 */
@Configuration
@EnableBatchProcessing
@EnableJdbcJobRepository(tablePrefix = "batch.BATCH_")
public class IngestJobConfig {

    public static final String JOB_NAME = "ingest";

    @Bean
    public JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    public JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean
    public Job ingestJob(JobRepository jobRepository, Step discoverStep, Step processStep, Step publishStep,
                         Step summaryStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(discoverStep)
                .next(processStep)
                .next(publishStep)
                .next(summaryStep)
                .build();
    }

    @Bean
    public Step discoverStep(JobRepository jobRepository, JdbcTransactionManager tm, JdbcTemplate jdbc,
                             JobDefinition definition, DocumentPipeline pipeline) {
        var tasklet = new DiscoverTasklet(new DocumentRegistry(jdbc), new RunRepository(jdbc), definition,
                pipeline.version());
        return new StepBuilder("discover", jobRepository).tasklet(tasklet, tm).build();
    }

    @Bean
    public Step processStep(JobRepository jobRepository, JdbcTransactionManager tm,
                            PendingDocumentReader pendingDocumentReader,
                            ItemProcessor<RegisteredDocument, DocumentFacts> documentProcessor,
                            ItemWriter<DocumentFacts> stagingWriter, SkipListener<RegisteredDocument,
                            DocumentFacts> failureRecorder, ProgressListener progressListener) {
        return new StepBuilder("process", jobRepository)
                .<RegisteredDocument, DocumentFacts>chunk(1)
                .transactionManager(tm)
                .reader(pendingDocumentReader)
                .processor(documentProcessor)
                .writer(stagingWriter)
                .faultTolerant()
                .skip(DocumentFailedException.class)
                .skipLimit(Long.MAX_VALUE)
                .skipListener(failureRecorder)
                .listener(progressListener)
                .build();
    }

    @Bean
    @StepScope
    public PendingDocumentReader pendingDocumentReader(JdbcTemplate jdbc, JobDefinition definition,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        long runId = runId(jdbc, stepExecution);
        Path root = Path.of(stepExecution.getJobExecution().getJobParameters().getString(IngestParameters.ROOT));
        return new PendingDocumentReader(jdbc, runId, root, definition);
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
    public ItemWriter<DocumentFacts> stagingWriter(JdbcTemplate jdbc, DocumentPipeline pipeline,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        long runId = runId(jdbc, stepExecution);
        StagingRepository staging = new StagingRepository(jdbc);
        return chunk -> chunk.forEach(facts -> staging.stage(runId, facts, pipeline.version()));
    }

    @Bean
    @StepScope
    public SkipListener<RegisteredDocument, DocumentFacts> failureRecorder(JdbcTemplate jdbc,
            DocumentPipeline pipeline, @Value("#{stepExecution}") StepExecution stepExecution) {
        long runId = runId(jdbc, stepExecution);
        StagingRepository staging = new StagingRepository(jdbc);
        return new SkipListener<>() {
            @Override
            public void onSkipInProcess(RegisteredDocument item, Throwable t) {
                staging.recordFailure(runId, item.id(), t.getMessage(), pipeline.version());
            }
        };
    }

    @Bean
    @StepScope
    public ProgressListener progressListener(PendingDocumentReader pendingDocumentReader, ProgressSink sink) {
        return new ProgressListener(pendingDocumentReader, sink);
    }

    @Bean
    public Step publishStep(JobRepository jobRepository, JdbcTransactionManager tm, JdbcTemplate jdbc) {
        Publisher publisher = new Publisher(jdbc, new TransactionTemplate(tm));
        return new StepBuilder("publish", jobRepository).tasklet((contribution, chunk) -> {
            long runId = runId(jdbc, chunk.getStepContext().getStepExecution());
            publisher.publish(runId);
            return RepeatStatus.FINISHED;
        }, new org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager())
                .build();
    }

    @Bean
    public Step summaryStep(JobRepository jobRepository, JdbcTransactionManager tm, JdbcTemplate jdbc) {
        RunRepository runs = new RunRepository(jdbc);
        return new StepBuilder("summary", jobRepository).tasklet((contribution, chunk) -> {
            var stepExecution = chunk.getStepContext().getStepExecution();
            long runId = runId(jdbc, stepExecution);
            RunSummary s = runs.summarize(runId);
            // A document held back by the policy is not good either: the nightly run must say so.
            // Nor is one published with error findings or with tables whose amounts yielded no fact.
            boolean allGood = s.failed() == 0 && s.heldBack() == 0 && s.withFindings() == 0;
            runs.finish(s, allGood ? "completed" : "completed_with_failures");
            stepExecution.getJobExecution().getExecutionContext().putLong("run.id", runId);
            stepExecution.setExitStatus(new ExitStatus(allGood ? "COMPLETED" : "COMPLETED_WITH_FAILURES", s.line()));
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    /** The run a step belongs to: created by the discover step for the job instance, kept across restarts. */
    private static long runId(JdbcTemplate jdbc, StepExecution stepExecution) {
        return new RunRepository(jdbc).existingRunFor(stepExecution.getJobExecution().getJobInstance().getInstanceId());
    }
}
