package dev.planetl.job.remote;

import dev.planetl.job.BatchContext;
import dev.planetl.job.DocumentPipeline;
import dev.planetl.job.DocumentStepConfig;
import dev.planetl.job.JobDefinition;
import dev.planetl.job.ProgressSink;
import dev.planetl.job.WorkerId;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.Map;

/**
 * The Spring context of a worker: the job repository, the partitions' step and the request queue, over a
 * warehouse connection, job definition and pipeline made by the caller. It holds no ingest job: the manager
 * splits and publishes, the worker only reads partitions.
 */
public final class WorkerContext {

    private WorkerContext() {
    }

    public static ConfigurableApplicationContext start(DataSource dataSource, JobDefinition definition,
                                                       DocumentPipeline pipeline, ProgressSink progress,
                                                       WorkerId id) {
        return BatchContext.start(dataSource, definition, pipeline, progress, Map.of("workerId", id),
                DocumentStepConfig.class, RemoteChannelConfig.class);
    }

    /** The worker over the context's step and queue. */
    public static PartitionWorker worker(ConfigurableApplicationContext ctx, PartitionWorker.Settings settings) {
        return new PartitionWorker(ctx.getBean(JobRepository.class),
                ctx.getBean("processDocumentsStep", Step.class), ctx.getBean(QueueChannel.class),
                new TransactionTemplate(ctx.getBean(JdbcTransactionManager.class)), ctx.getBean(WorkerRegistry.class),
                ctx.getBean(DocumentPipeline.class).version(), ctx.getBean(WorkerId.class), settings);
    }
}
