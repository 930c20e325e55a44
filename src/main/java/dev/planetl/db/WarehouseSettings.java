package dev.planetl.db;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the warehouse lives. With no URL, planetl runs its own PostgreSQL from the embedded binaries, its data
 * directory under {@code varDir}; with a URL it connects there, the user and password taken from the
 * environment only (never from a committed file).
 *
 * @param url a JDBC URL ({@code --db-url} or {@code PLANETL_DB_URL}), or null for the embedded server
 * @param user the user for {@code url} ({@code PLANETL_DB_USER}), or null
 * @param password the password for {@code url} ({@code PLANETL_DB_PASSWORD}), or null
 * @param varDir the folder for the embedded server's data ({@code --var-dir} or {@code PLANETL_VAR}, default ./var)
 * @param port the port the embedded server listens on (default 54329; another free one when taken)
 * @param idle how long the embedded server keeps running after the last command using it ended
 *             ({@code PLANETL_DB_IDLE_TIMEOUT}: {@code 600}, {@code 90s}, {@code 10m}, {@code 1h}; default 10
 *             minutes; {@code 0} stops it with the last command)
 */
public record WarehouseSettings(String url, String user, String password, Path varDir, int port, Duration idle) {

    public static final int DEFAULT_PORT = 54329;
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?");

    public boolean embedded() {
        return url == null || url.isBlank();
    }

    /** Settings from the environment, a command-line URL and var folder taking precedence when given. */
    public static WarehouseSettings from(Map<String, String> env, String urlOption, Path varDirOption) {
        String url = urlOption != null ? urlOption : env.get("PLANETL_DB_URL");
        Path var = varDirOption != null ? varDirOption
                : Path.of(env.getOrDefault("PLANETL_VAR", "var"));
        int port = Integer.parseInt(env.getOrDefault("PLANETL_DB_PORT", String.valueOf(DEFAULT_PORT)));
        return new WarehouseSettings(url, env.get("PLANETL_DB_USER"), env.get("PLANETL_DB_PASSWORD"),
                var.toAbsolutePath().normalize(), port, idle(env));
    }

    /** The embedded server's idle timeout the environment gives ({@code PLANETL_DB_IDLE_TIMEOUT}, default 10 minutes). */
    public static Duration idle(Map<String, String> env) {
        String idle = env.get("PLANETL_DB_IDLE_TIMEOUT");
        return idle == null || idle.isBlank() ? DEFAULT_IDLE : duration("PLANETL_DB_IDLE_TIMEOUT", idle);
    }

    /**
     * A duration as {@code PLANETL_DB_IDLE_TIMEOUT} takes it: a number of seconds, or with a unit ms, s, m or h.
     *
     * @param variable the environment variable it came from, for the message
     * @throws IllegalArgumentException naming the variable and the value when it is neither
     */
    public static Duration duration(String variable, String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(variable + " must be a number of seconds or end in ms, s, m "
                    + "or h (10m, 90s, 0): " + text);
        }
        long n = Long.parseLong(m.group(1));
        try {
            return switch (m.group(2) == null ? "s" : m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofSeconds(n);
            };
        } catch (ArithmeticException | DateTimeParseException e) {
            throw new IllegalArgumentException(variable + " is out of range: " + text, e);
        }
    }
}
