package dev.planetl.job;

import dev.planetl.load.DocumentRegistry;
import dev.planetl.load.FileHashes;
import dev.planetl.load.Publisher;
import dev.planetl.load.RunRepository;
import dev.planetl.load.RunSummary;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest job: discover → process (the run's documents split into partitions, one item = one document,
 * fault-tolerant; see {@link DocumentStepConfig}) → publish (one transaction per plan year) → summary. Its job
 * repository lives in the warehouse's {@code batch} schema, so a run killed part-way can be restarted and
 * continues where it stopped. The partition handler comes from {@link LocalPartitionConfig} (threads) or the
 * remote manager's configuration (workers).
 */
@Configuration
@Import(DocumentStepConfig.class)
public class IngestJobConfig {

    public static final String JOB_NAME = "ingest";

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
        var tasklet = new DiscoverTasklet(new DocumentRegistry(jdbc), new FileHashes(jdbc), new RunRepository(jdbc),
                definition, pipeline.version());
        return new StepBuilder("discover", jobRepository).tasklet(tasklet, tm).build();
    }

    /**
     * The run's pending documents, split into partitions of {@link DocumentStepConfig#STEP_NAME}; the partition
     * handler (threads of this process, or remote workers) runs them and this step waits for all of them.
     */
    @Bean
    public Step processStep(JobRepository jobRepository, DocumentPartitioner documentPartitioner,
                            PartitionHandler processPartitionHandler, ProgressListener progressListener) {
        return new StepBuilder("process", jobRepository)
                .partitioner(DocumentStepConfig.STEP_NAME, documentPartitioner)
                .partitionHandler(processPartitionHandler)
                .listener(progressListener)
                .build();
    }

    @Bean
    @StepScope
    public DocumentPartitioner documentPartitioner(JdbcTemplate jdbc,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        return new DocumentPartitioner(jdbc, runId(jdbc, stepExecution));
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
            boolean allGood = s.allGood();
            runs.finish(s, allGood ? "completed" : "completed_with_failures");
            stepExecution.getJobExecution().getExecutionContext().putLong("run.id", runId);
            stepExecution.setExitStatus(new ExitStatus(allGood ? "COMPLETED" : "COMPLETED_WITH_FAILURES", s.line()));
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    private static long runId(JdbcTemplate jdbc, StepExecution stepExecution) {
        return DocumentStepConfig.runId(jdbc, stepExecution);
    }
}
