package dev.planetl.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL run from the embedded binaries, its data kept in {@code <varDir>/pgdata} between commands.
 *
 * <p>Many commands share one server: under a file lock ({@link Leases}) the first starts it and the others adopt
 * it; each holds a lease, and {@link #close()} stops the server when the last lease is returned, whichever command
 * started it. The server is durable (fsync, synchronous commit, full page writes) and every login needs a password:
 * the superuser's is generated into {@code var/postgres.password} (0600), and a data directory of an earlier
 * planetl, which trusted local logins, is secured on start.
 *
 * <p>zonky keeps a file lock ({@code pgdata/epg-lock}) for the life of the JVM that started the server unless that
 * JVM also stops it; so within one JVM, a server started, left running for another command and stopped by it
 * cannot be started again by the same JVM. Each planetl command is a JVM of its own, so only tests meet this.
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    public static final String DATABASE = "planetl";
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres started;
    private final Leases leases;
    private final Leases.Lease lease;
    private final int port;
    private final Path varDir;
    private final String ownerPassword;

    private EmbeddedServer(EmbeddedPostgres started, Leases leases, Leases.Lease lease, int port, Path varDir,
                           String ownerPassword) {
        this.started = started;
        this.leases = leases;
        this.lease = lease;
        this.port = port;
        this.varDir = varDir;
        this.ownerPassword = ownerPassword;
    }

    /** Starts the server, or adopts the one already running on the data directory. */
    public static EmbeddedServer startOrAdopt(Path varDir, int preferredPort) throws IOException {
        return startOrAdopt(varDir, preferredPort, "planetl", List.of());
    }

    /**
     * @param command what holds the lease (shown when the server cannot be stopped)
     * @param listen addresses to listen on besides localhost; a running server that does not is restarted when no
     *               other command uses it, else {@link ServerBusyException}
     */
    public static EmbeddedServer startOrAdopt(Path varDir, int preferredPort, String command, List<String> listen)
            throws IOException {
        Path dataDir = varDir.resolve("pgdata");
        Files.createDirectories(varDir);
        Leases leases = new Leases(varDir);
        try (AutoCloseable ignored = leases.lock()) {
            String password = Secrets.readOrCreate(Secrets.file(varDir, SUPERUSER));
            EmbeddedPostgres pg = null;
            Optional<Integer> running = Postmaster.port(dataDir).filter(p -> accepts(p, password));
            if (running.isPresent() && !listensOn(running.get(), password, listen)) {
                List<Leases.Lease> others = leases.live();
                if (!others.isEmpty()) {
                    throw new ServerBusyException("The embedded server must restart to listen on " + listen
                            + " but other commands use it (" + describe(others) + "); retry when they are done");
                }
                log.info("Restarting the embedded PostgreSQL to listen on {}", listen);
                Postmaster.stop(dataDir);
                running = Optional.empty();
            }
            int port;
            if (running.isPresent()) {
                port = running.get();
                log.info("Using the PostgreSQL already running on {} (port {})", dataDir, port);
            } else {
                pg = start(varDir, dataDir, isFree(preferredPort) ? preferredPort : freePort(), password, listen);
                port = pg.getPort();
            }
            try {
                prepare(port, password, dataDir, pg != null);
                return new EmbeddedServer(pg, leases, leases.take(command), port, varDir, password);
            } catch (IOException | RuntimeException e) {
                if (pg != null) {
                    pg.close();
                }
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres start(Path varDir, Path dataDir, int port, String password, List<String> listen)
            throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                // a durable server may replay its WAL after a crash, on a loaded machine for minutes: a nightly
                // run waits rather than fail (60 s gave up on a 2-core machine at load 25)
                .setPGStartupWait(Duration.ofSeconds(300))
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("encoding", "UTF8")
                // zonky passes its "locale" settings to initdb as --key=value after its own "-A trust": a fresh
                // data directory gets the superuser's password and password logins from the start, no trust window.
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", Secrets.file(varDir, SUPERUSER).toString())
                .setConnectConfig("password", password)
                .setServerConfig("max_connections", "50")
                .setServerConfig("listen_addresses", String.join(",", listenAddresses(listen)))
                // zonky passes -F (fsync off) and synchronous_commit=off, settings for throw-away test databases;
                // the warehouse must survive a power loss, so both are turned back on (a later -c wins over -F).
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // the server outlives the command that started it while others use it: close() stops it
                .setRegisterShutdownHook(false);
        return builder.start();
    }

    /**
     * After start or adoption: secure a data directory that still trusts logins (or, on a fresh start, drop the
     * remote lines a killed {@code planetl db --listen} left), create the database.
     */
    private static void prepare(int port, String password, Path dataDir, boolean freshStart) throws IOException {
        try (Connection c = DriverManager.getConnection(url(port, "postgres"), SUPERUSER, password)) {
            boolean secured = ServerAccess.secured(dataDir);
            if (!secured || freshStart) {
                if (secured) {
                    log.debug("Dropping the remote logins a stopped 'planetl db --listen' left in {}", dataDir);
                } else {
                    log.info("Securing {}: superuser password, password logins only (scram-sha-256)", dataDir);
                }
                ServerAccess.secure(c, password, dataDir, List.of());
            }
            createDatabaseIfMissing(c);
        } catch (SQLException e) {
            throw new IOException("Could not prepare the embedded server (" + dataDir + "): " + e.getMessage()
                    + (e.getMessage() != null && e.getMessage().contains("password authentication failed")
                    ? "; " + Secrets.file(dataDir.getParent(), SUPERUSER) + " does not hold the superuser's password"
                    : ""), e);
        }
        try (Connection c = DriverManager.getConnection(url(port, DATABASE), SUPERUSER, password)) {
            ServerAccess.harden(c);
        } catch (SQLException e) {
            throw new IOException("Could not narrow the privileges on the embedded server: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return url(port, DATABASE);
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return varDir.resolve("pgdata");
    }

    public Path varDir() {
        return varDir;
    }

    /** The superuser's password, for planetl's own writing commands; never printed. */
    public String ownerPassword() {
        return ownerPassword;
    }

    /** True when this command started the server (rather than adopting one that ran). */
    public boolean startedHere() {
        return started != null;
    }

    /** A connection as superuser to the planetl database. */
    public Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), SUPERUSER, ownerPassword);
    }

    /** Something that must not run in two commands at once (setting up a login and its password file). */
    interface Locked<T> {
        T run() throws Exception;
    }

    /** Runs the action under the server lock, which every planetl command on this var folder shares. */
    <T> T underLock(Locked<T> action) throws IOException {
        try (AutoCloseable ignored = leases.lock()) {
            return action.run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Lets the analyst log in from the given networks (besides this machine), or only from this machine when the
     * list is empty: pg_hba.conf rewritten, the server reloaded.
     */
    public void allowRemote(List<ServerAccess.RemoteRule> remote) throws IOException {
        try (AutoCloseable ignored = leases.lock(); Connection c = ownerConnection()) {
            ServerAccess.writeHba(dataDir(), remote);
            ServerAccess.reload(c);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Could not change who may log in: " + e.getMessage(), e);
        }
    }

    /** Returns this command's lease, and stops the server when no other command holds one. */
    @Override
    public void close() throws IOException {
        try (AutoCloseable ignored = leases.lock()) {
            Files.deleteIfExists(lease.file());
            List<Leases.Lease> others = leases.live();
            if (!others.isEmpty()) {
                log.info("Leaving the embedded PostgreSQL running for {}", describe(others));
                return;
            }
            if (started != null) {
                started.close();
            } else {
                Postmaster.stop(dataDir());
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * {@code planetl db --stop}: stops the server now if no command but {@code planetl db} uses it (those are
     * asked to end, and the last one out stops it); otherwise {@link ServerBusyException} naming the users.
     */
    public static String stop(Path varDir) throws IOException {
        Leases leases = new Leases(varDir);
        List<Leases.Lease> users;
        try (AutoCloseable ignored = leases.lock()) {
            users = leases.live();
            List<Leases.Lease> others = users.stream().filter(l -> !l.command().equals("db")).toList();
            if (!others.isEmpty()) {
                throw new ServerBusyException("The embedded server is in use by " + describe(others)
                        + "; it stops by itself when they end, or retry planetl db --stop then");
            }
            if (users.isEmpty()) {
                if (Postmaster.port(varDir.resolve("pgdata")).isEmpty()) {
                    return "The embedded server is not running.";
                }
                Postmaster.stop(varDir.resolve("pgdata"));
                return "Stopped the embedded server.";
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
        // planetl db holds it: ask each to end; its shutdown hook returns the lease, the last one stops the server
        users.forEach(l -> ProcessHandle.of(l.pid()).ifPresent(ProcessHandle::destroy));
        for (Leases.Lease l : users) {
            ProcessHandle.of(l.pid()).ifPresent(p -> p.onExit().orTimeout(90, TimeUnit.SECONDS)
                    .exceptionally(t -> p).join());
        }
        return "Stopped planetl db (" + describe(users) + ") and with it the embedded server.";
    }

    private static String describe(List<Leases.Lease> leases) {
        return String.join(", ", leases.stream().map(l -> "planetl " + l.command() + " (pid " + l.pid() + ")").toList());
    }

    private static List<String> listenAddresses(List<String> extra) {
        List<String> all = new ArrayList<>(List.of("localhost"));
        extra.stream().filter(a -> !all.contains(a)).forEach(all::add);
        return all;
    }

    private static boolean listensOn(int port, String password, List<String> listen) {
        if (listen.isEmpty()) {
            return true;
        }
        try (Connection c = DriverManager.getConnection(url(port, "postgres"), SUPERUSER, password);
             var rs = c.createStatement().executeQuery("show listen_addresses")) {
            rs.next();
            List<String> now = Arrays.stream(rs.getString(1).split(",")).map(String::trim).toList();
            return now.contains("*") || now.containsAll(listen);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static void createDatabaseIfMissing(Connection c) throws SQLException {
        try (var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var st = c.createStatement()) {
                        st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        }
    }

    private static boolean accepts(int port, String password) {
        try (Connection c = DriverManager.getConnection(url(port, "postgres") + "?connectTimeout=3", SUPERUSER,
                password)) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            s.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
