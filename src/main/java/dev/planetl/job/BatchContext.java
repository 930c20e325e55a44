package dev.planetl.job;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Spring context for the batch configurations, around objects the caller made: the warehouse connection, the job
 * definition, the pipeline and the progress sink, plus whatever else a configuration needs.
 *
 * <p>A plain annotation context, not a Spring Boot application: the configurations use no auto-configuration and
 * no properties, the warehouse is already open and migrated when the context starts, and the caller decides what
 * runs. Boot's start-up (its listeners, the configuration-file search, its logging system) cost about a second of
 * an ingest's start and added nothing here.
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
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
        singletons.forEach(ctx.getBeanFactory()::registerSingleton);
        ctx.register(sources);
        ctx.refresh();
        return ctx;
    }
}
