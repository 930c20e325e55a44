package dev.planetl.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * planetl's logging, set up in code (found by logback through {@code META-INF/services}) rather than parsed from an
 * XML file: the XML parser and logback's configuration model were a quarter of the CPU time of a short command such
 * as {@code planetl status}.
 *
 * <p>Logs go to stderr, so that stdout carries only what a command answers (tables, CSV, the run summary). stderr
 * gets one line per event, never a stack trace ({@code %nopex}); the full event, stack trace included, goes to
 * {@code var/logs/planetl.log} ({@code PLANETL_VAR} moves {@code var/}), rolled daily and kept 14 days.
 *
 * <p>A logging configuration of one's own still wins: with {@code -Dlogback.configurationFile=FILE} (as the
 * extraction child runs, with {@code logback-child.xml}) this set-up steps aside and logback reads that file.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String CONSOLE_PATTERN = "%d{HH:mm:ss} %-5level %replace(%msg){'[\\r\\n]+', ' '}%nopex%n";
    static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} %msg%n";

    /**
     * Levels beside the root's WARN: planetl's own progress at INFO, the chatty libraries quieter. Spring Batch warns
     * on every run that the step-scoped processor and writer are interfaces it cannot scan for listener annotations;
     * they are lambdas with none, so that warning says nothing.
     */
    static final Map<String, Level> LEVELS = Map.of(
            "dev.planetl", Level.INFO,
            "org.springframework.batch", Level.WARN,
            "org.springframework.batch.core.listener.AbstractListenerFactoryBean", Level.ERROR,
            "io.zonky", Level.WARN,
            "org.flywaydb", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR,
            "org.apache.tika", Level.WARN,
            "org.apache.poi", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String logDir = varDir() + "/logs";

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder(context, CONSOLE_PATTERN));
        console.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logDir + "/planetl.log");
        TimeBasedRollingPolicy<ILoggingEvent> rolling = new TimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logDir + "/planetl.%d{yyyy-MM-dd}.log");
        rolling.setMaxHistory(14);
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();

        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
        root.addAppender(file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** As logback's {@code ${PLANETL_VAR:-var}}: a system property, else the environment, else {@code var}. */
    private static String varDir() {
        String property = System.getProperty("PLANETL_VAR");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("PLANETL_VAR");
        return env != null && !env.isBlank() ? env : "var";
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
