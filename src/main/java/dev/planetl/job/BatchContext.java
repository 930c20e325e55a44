package dev.planetl.job;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Spring context for the batch configurations, around objects the caller made: the warehouse connection, the job
 * definition, the pipeline and the progress sink, plus whatever else a configuration needs. Boot's own database,
 * Flyway and job launching stay off: the warehouse is already open and migrated when the context starts, and the
 * caller decides what runs.
 */
public final class BatchContext {

    private BatchContext() {
    }

    /**
     * @param extra further singletons by bean name (the partition settings, the worker's id)
     * @param sources the configuration classes
     */
    public static ConfigurableApplicationContext start(DataSource dataSource, JobDefinition definition,
                                                       DocumentPipeline pipeline, ProgressSink progress,
                                                       Map<String, Object> extra, Class<?>... sources) {
        Map<String, Object> singletons = new LinkedHashMap<>();
        singletons.put("dataSource", dataSource);
        singletons.put("jobDefinition", definition);
        singletons.put("documentPipeline", pipeline);
        singletons.put("progressSink", progress);
        singletons.putAll(extra);
        // logging is planetl's own (dev.planetl.logging.LogSetup): Boot would otherwise reset it to its defaults,
        // with log lines on stdout, where the commands' answers go
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        return new SpringApplicationBuilder(sources)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(Map.of(
                        "spring.main.register-shutdown-hook", "false",
                        "spring.batch.job.enabled", "false",
                        "spring.flyway.enabled", "false",
                        "spring.sql.init.mode", "never"))
                .initializers(ctx -> singletons.forEach(ctx.getBeanFactory()::registerSingleton))
                .run();
    }
}
