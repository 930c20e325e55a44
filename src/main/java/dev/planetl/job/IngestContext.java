package dev.planetl.job;

import dev.planetl.job.remote.RemoteManagerConfig;
import dev.planetl.job.remote.RemoteSettings;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.Map;

/**
 * Builds the Spring context the ingest job runs in, around a warehouse connection, a job definition and a document
 * pipeline made by the caller. Boot's own database and Flyway set-up stay off: the warehouse is already open and
 * migrated when the context starts.
 */
public final class IngestContext {

    private IngestContext() {
    }

    /** The job with as many threads as the definition says (by default one per processor). */
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
        return new SpringApplicationBuilder(IngestJobConfig.class, partitions)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.main.register-shutdown-hook", "false",
                        "spring.batch.job.enabled", "false",
                        "spring.flyway.enabled", "false",
                        "spring.sql.init.mode", "never"))
                .initializers(ctx -> {
                    var beans = ctx.getBeanFactory();
                    beans.registerSingleton("dataSource", dataSource);
                    beans.registerSingleton("jobDefinition", definition);
                    beans.registerSingleton("documentPipeline", pipeline);
                    beans.registerSingleton("progressSink", progress);
                    beans.registerSingleton("partitionSettings", settings);
                    beans.registerSingleton("workerId", WorkerId.current());
                })
                .run();
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
