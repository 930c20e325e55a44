package dev.planetl.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.io.IOException;

/**
 * An open connection to the warehouse, its schema migrated: the embedded server or an external PostgreSQL.
 * Close it to release the pool and, for a server this instance started, to stop it.
 */
public final class Warehouse implements AutoCloseable {

    /** Where Flyway finds the migrations: {@code sql/migrations} of the repository, packaged into the jar. */
    public static final String MIGRATIONS = "classpath:db/migrations";

    private final EmbeddedServer server;
    private final HikariDataSource dataSource;
    private final String jdbcUrl;
    private final String user;

    private Warehouse(EmbeddedServer server, HikariDataSource dataSource, String jdbcUrl, String user) {
        this.server = server;
        this.dataSource = dataSource;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
    }

    /** Connections of a pool unless the command asks for more. */
    public static final int DEFAULT_POOL_SIZE = 6;

    /** Opens the warehouse the settings name, starting the embedded server when no URL is set. */
    public static Warehouse open(WarehouseSettings settings, String command) throws IOException {
        return open(settings, command, DEFAULT_POOL_SIZE);
    }

    /**
     * @param poolSize the most connections the command holds at once (an ingest: one per thread and a few)
     */
    public static Warehouse open(WarehouseSettings settings, String command, int poolSize) throws IOException {
        if (settings.embedded()) {
            EmbeddedServer server = EmbeddedServer.startOrAdopt(settings.varDir(), settings.port(), command,
                    java.util.List.of());
            try {
                return connect(server, server.jdbcUrl(), EmbeddedServer.SUPERUSER, server.ownerPassword(), false,
                        poolSize);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
        return connect(null, settings.url(), settings.user(), settings.password(), false, poolSize);
    }

    /**
     * Opens the warehouse for a read command (sql, status, report), its schema migrated: on the embedded server as
     * the read-only login {@value ServerAccess#QUERY_LOGIN}; on an external one as the configured user. Either
     * way every connection is read-only.
     */
    public static Warehouse openForReading(WarehouseSettings settings, String command) throws IOException {
        if (!settings.embedded()) {
            Warehouse owner = connect(null, settings.url(), settings.user(), settings.password());
            try {
                owner.migrate();
            } finally {
                owner.dataSource.close();
            }
            return connect(null, settings.url(), settings.user(), settings.password(), true);
        }
        EmbeddedServer server = EmbeddedServer.startOrAdopt(settings.varDir(), settings.port(), command,
                java.util.List.of());
        try {
            Warehouse owner = connect(null, server.jdbcUrl(), EmbeddedServer.SUPERUSER, server.ownerPassword());
            try {
                owner.migrate();
            } finally {
                owner.dataSource.close();
            }
            String password = Logins.ensureQueryLogin(server);
            return connect(server, server.jdbcUrl(), ServerAccess.QUERY_LOGIN, password, true);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Connects to a database that already exists (tests use this for a fresh database each). */
    public static Warehouse connect(EmbeddedServer server, String url, String user, String password) {
        return connect(server, url, user, password, false, DEFAULT_POOL_SIZE);
    }

    /** The same with a pool of {@code poolSize} connections. */
    public static Warehouse connect(EmbeddedServer server, String url, String user, String password, int poolSize) {
        return connect(server, url, user, password, false, poolSize);
    }

    private static Warehouse connect(EmbeddedServer server, String url, String user, String password,
                                     boolean readOnly) {
        return connect(server, url, user, password, readOnly, DEFAULT_POOL_SIZE);
    }

    private static Warehouse connect(EmbeddedServer server, String url, String user, String password,
                                     boolean readOnly, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setReadOnly(readOnly);
        config.setMaximumPoolSize(Math.max(poolSize, DEFAULT_POOL_SIZE));
        config.setPoolName("planetl");
        config.setConnectionTimeout(20_000);
        HikariDataSource ds = new HikariDataSource(config);
        return new Warehouse(server, ds, url, user);
    }

    /** Brings the schema to the newest migration. */
    public MigrateResult migrate() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    /** The embedded server, or null when connected to an external PostgreSQL. */
    public EmbeddedServer server() {
        return server;
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        if (server != null) {
            server.close();
        }
    }
}
