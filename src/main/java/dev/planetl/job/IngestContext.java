package dev.planetl.job;

import dev.planetl.job.remote.RemoteManagerConfig;
import dev.planetl.job.remote.RemoteSettings;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Builds the Spring context the ingest job runs in ({@link BatchContext}), with its partitions on threads of this
 * process or on remote workers.
 */
public final class IngestContext {

    private IngestContext() {
    }

    /** The job with as many threads as the definition says (by default one per processor, at most 16). */
    public static ConfigurableApplicationContext start(DataSource dataSource, JobDefinition definition,
                                                       DocumentPipeline pipeline, ProgressSink progress) {
        return start(dataSource, definition, pipeline, progress, definition.parallelism());
    }

    /** The job with its partitions on threads of this process. */
    public static ConfigurableApplicationContext start(DataSource dataSource, JobDefinition definition,
                                                       DocumentPipeline pipeline, ProgressSink progress,
                                                       Parallelism parallelism) {
        return start(dataSource, definition, pipeline, progress, parallelism, LocalPartitionConfig.class);
    }

    /**
     * The job as the manager of remote workers ({@code planetl ingest DIR --remote}): its partitions go to the
     * warehouse's request queue and this process reads no document itself.
     */
    public static ConfigurableApplicationContext startRemote(DataSource dataSource, JobDefinition definition,
                                                             DocumentPipeline pipeline, ProgressSink progress,
                                                             RemoteSettings remote) {
        return start(dataSource, definition, pipeline, progress, remote, RemoteManagerConfig.class);
    }

    /**
     * @param settings the {@link Parallelism} or {@link RemoteSettings} the partitions' configuration takes
     * @param partitions the configuration that supplies the process step's partition handler
     */
    private static ConfigurableApplicationContext start(DataSource dataSource, JobDefinition definition,
                                                        DocumentPipeline pipeline, ProgressSink progress,
                                                        Record settings, Class<?> partitions) {
        return BatchContext.start(dataSource, definition, pipeline, progress,
                Map.of("partitionSettings", settings, "workerId", WorkerId.current()),
                IngestJobConfig.class, partitions);
    }

    /** The runner of the context's ingest job. */
    public static IngestRunner runner(ConfigurableApplicationContext ctx) {
        return new IngestRunner(ctx.getBean(DataSource.class),
                ctx.getBean(org.springframework.batch.core.launch.JobOperator.class),
                ctx.getBean(org.springframework.batch.core.repository.JobRepository.class),
                ctx.getBean(org.springframework.batch.core.job.Job.class),
                ctx.getBean(DocumentPipeline.class).version());
    }
}
