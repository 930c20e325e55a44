package dev.planetl.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * An open connection to the warehouse: the embedded server or an external PostgreSQL. Close it to release the
 * connections and this command's hold on the embedded server.
 *
 * <p>A writing command ({@link #open}) gets a pool; a read command ({@link #openForReading}) one read-only
 * connection, which is all it uses and costs one login instead of a pool's six (on a running embedded server that
 * was prepared before, the only login of the command: {@link QuickRead}). Either way the schema is migrated
 * only when it is behind the packaged migrations ({@link Migrations}): on a current schema Flyway is not loaded.
 */
public final class Warehouse implements AutoCloseable {

    /** Where Flyway finds the migrations: {@code sql/migrations} of the repository, packaged into the jar. */
    public static final String MIGRATIONS = "classpath:db/migrations";

    private final EmbeddedServer server;
    private final DataSource dataSource;
    private final AutoCloseable connections;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    private Warehouse(EmbeddedServer server, DataSource dataSource, AutoCloseable connections, String jdbcUrl,
                      String user, String password) {
        this.server = server;
        this.dataSource = dataSource;
        this.connections = connections;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
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
            EmbeddedServer server = startOrAdopt(settings, command);
            try {
                return connect(server, server.jdbcUrl(), EmbeddedServer.SUPERUSER, server.ownerPassword(),
                        poolSize);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
        return connect(null, settings.url(), settings.user(), settings.password(), poolSize);
    }

    /**
     * Opens the warehouse for a read command (sql, status, report), its schema brought up to date first: on the
     * embedded server as the read-only login {@value ServerAccess#QUERY_LOGIN}; on an external one as the
     * configured user. Either way the connection is read-only.
     */
    public static Warehouse openForReading(WarehouseSettings settings, String command) throws IOException {
        if (!settings.embedded()) {
            // one login: the connection that checked the schema (and let Flyway migrate it) is the command's
            Connection c = null;
            try {
                c = DriverManager.getConnection(settings.url(), settings.user(), settings.password());
                migrateIfBehind(c, settings.url(), settings.user(), settings.password());
                c.setReadOnly(true);
                return new Warehouse(null, c, settings.url(), settings.user(), settings.password());
            } catch (SQLException | RuntimeException e) {
                ServerPreparation.closeQuietly(c);
                if (e instanceof RuntimeException r) {
                    throw r;
                }
                throw new IOException("Could not connect to " + settings.url() + ": " + e.getMessage(), e);
            }
        }
        Optional<QuickRead.Opened> quick = QuickRead.open(settings.varDir(), command, settings.idle());
        if (quick.isPresent()) {
            QuickRead.Opened q = quick.get();
            try {
                q.connection().setReadOnly(true);
            } catch (SQLException e) {
                ServerPreparation.closeQuietly(q.connection());
                q.server().close();
                throw new IOException("Could not open the warehouse on " + q.server().jdbcUrl() + ": "
                        + e.getMessage(), e);
            }
            return new Warehouse(q.server(), q.connection(), q.server().jdbcUrl(), ServerAccess.QUERY_LOGIN,
                    q.password());
        }
        EmbeddedServer server = startOrAdopt(settings, command);
        try {
            String password;
            try (Connection owner = server.ownerConnection()) {
                boolean migrated = migrateIfBehind(owner, server.jdbcUrl(), EmbeddedServer.SUPERUSER,
                        server.ownerPassword());
                password = Logins.queryLogin(server, owner, migrated);
            }
            try {
                return readOnly(server, server.jdbcUrl(), ServerAccess.QUERY_LOGIN, password);
            } catch (IOException e) {
                // the password file no longer matches the login (edited by hand, or the role was changed): set it again
                return readOnly(server, server.jdbcUrl(), ServerAccess.QUERY_LOGIN, Logins.ensureQueryLogin(server));
            }
        } catch (SQLException e) {
            server.close();
            throw new IOException("Could not open the warehouse on " + server.jdbcUrl() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static EmbeddedServer startOrAdopt(WarehouseSettings settings, String command) throws IOException {
        return EmbeddedServer.startOrAdopt(settings.varDir(), settings.port(), command, List.of(), settings.idle());
    }

    /** Connects to a database that already exists (tests use this for a fresh database each). */
    public static Warehouse connect(EmbeddedServer server, String url, String user, String password) {
        return connect(server, url, user, password, DEFAULT_POOL_SIZE);
    }

    /** The same with a pool of {@code poolSize} connections. */
    public static Warehouse connect(EmbeddedServer server, String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(Math.max(poolSize, DEFAULT_POOL_SIZE));
        config.setPoolName("planetl");
        // a batch of single-row inserts (a document's lines, facts, findings) goes to the server as multi-row ones
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setConnectionTimeout(20_000);
        HikariDataSource ds = new HikariDataSource(config);
        return new Warehouse(server, ds, ds, url, user, password);
    }

    private Warehouse(EmbeddedServer server, Connection readOnly, String jdbcUrl, String user, String password) {
        this(server, new OneConnection(readOnly), readOnly, jdbcUrl, user, password);
    }

    private static Warehouse readOnly(EmbeddedServer server, String url, String user, String password)
            throws IOException {
        try {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setReadOnly(true);
            return new Warehouse(server, c, url, user, password);
        } catch (SQLException e) {
            throw new IOException("Could not log in to " + url + " as " + user + ": " + e.getMessage(), e);
        }
    }

    /** Brings the schema to the newest migration (Flyway, always). */
    public MigrateResult migrate() {
        return flyway(jdbcUrl, user, password).migrate();
    }

    /** Runs the migrations when the schema is behind the packaged ones; returns whether Flyway ran. */
    public boolean migrateIfBehind() throws IOException {
        try (Connection c = dataSource.getConnection()) {
            return migrateIfBehind(c, jdbcUrl, user, password);
        } catch (SQLException e) {
            throw new IOException("Could not read the schema history of " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private static boolean migrateIfBehind(Connection owner, String url, String user, String password) {
        if (Migrations.current(owner)) {
            return false;
        }
        flyway(url, user, password).migrate();
        return true;
    }

    private static Flyway flyway(String url, String user, String password) {
        return Flyway.configure().dataSource(url, user, password).locations(MIGRATIONS).load();
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
        try {
            connections.close();
        } catch (Exception e) {
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
