package dev.planetl.db;

import java.nio.file.Path;
import java.util.Map;

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
 */
public record WarehouseSettings(String url, String user, String password, Path varDir, int port) {

    public static final int DEFAULT_PORT = 54329;

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
                var.toAbsolutePath().normalize(), port);
    }
}
