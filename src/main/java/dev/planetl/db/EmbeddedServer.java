package dev.planetl.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL run from the embedded binaries, its data kept in {@code <varDir>/pgdata} between commands.
 *
 * <p>Many commands share one server: under a file lock ({@link Leases}) the first starts it and the others adopt
 * it; each holds a lease, and {@link #close()} stops the server when the last lease is returned, whichever command
 * started it, or leaves it running for an idle timeout ({@link IdleTimeout}) after which a watcher stops it. The
 * server is durable (fsync, synchronous commit, full page writes) and every login needs a password:
 * the superuser's is generated into {@code var/postgres.password} (0600), and a data directory of an earlier
 * planetl, which trusted local logins, is secured on start.
 *
 * <p>zonky keeps a file lock ({@code pgdata/epg-lock}) for the life of the JVM that started the server unless that
 * JVM also stops it; so within one JVM, a server started, left running for another command and stopped by it
 * cannot be started again by the same JVM. Each planetl command is a JVM of its own, so only tests meet this.
 */
public final class EmbeddedServer implements AutoCloseable {

    public static final String DATABASE = "planetl";
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres started;
    private final Leases leases;
    private final Leases.Lease lease;
    private final int port;
    private final Path varDir;
    private final String ownerPassword;
    private final Duration idle;
    /** The superuser connection adoption opened, handed to the first {@link #ownerConnection} caller. */
    private Connection spare;

    private EmbeddedServer(EmbeddedPostgres started, Leases leases, Leases.Lease lease, int port, Path varDir,
                           String ownerPassword, Duration idle, Connection spare) {
        this.idle = idle;
        this.spare = spare;
        this.started = started;
        this.leases = leases;
        this.lease = lease;
        this.port = port;
        this.varDir = varDir;
        this.ownerPassword = ownerPassword;
    }

    /**
     * The logger, looked up when a line is written: a read command on a running server writes none, and setting up
     * logging cost a fifth of its CPU time.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(EmbeddedServer.class);
    }

    /** A running server a read command adopted on its own ({@link QuickRead}), with the lease it took. */
    static EmbeddedServer adopted(Leases leases, Leases.Lease lease, int port, Path varDir, String ownerPassword,
                                  Duration idle) {
        return new EmbeddedServer(null, leases, lease, port, varDir, ownerPassword, idle, null);
    }

    /** Starts the server, or adopts the one already running on the data directory; the last close stops it. */
    public static EmbeddedServer startOrAdopt(Path varDir, int preferredPort) throws IOException {
        return startOrAdopt(varDir, preferredPort, "planetl", List.of(), Duration.ZERO);
    }

    /**
     * @param command what holds the lease (shown when the server cannot be stopped)
     * @param listen addresses to listen on besides localhost; a running server that does not is restarted when no
     *               other command uses it, else {@link ServerBusyException}
     * @param idle how long the server runs on after the last command returned its lease; zero stops it then
     */
    public static EmbeddedServer startOrAdopt(Path varDir, int preferredPort, String command, List<String> listen,
                                              Duration idle) throws IOException {
        Path dataDir = varDir.resolve("pgdata");
        Files.createDirectories(varDir);
        Leases leases = new Leases(varDir);
        try (AutoCloseable ignored = leases.lock()) {
            String password = Secrets.readOrCreate(Secrets.file(varDir, SUPERUSER));
            EmbeddedPostgres pg = null;
            Optional<Integer> running = Postmaster.port(dataDir);
            Connection answered = running.map(p -> ServerPreparation.answer(p, password)).orElse(null);
            if (answered == null) {
                running = Optional.empty();
            }
            if (running.isPresent() && !ServerPreparation.listensOn(answered, listen)) {
                ServerPreparation.closeQuietly(answered);
                answered = null;
                List<Leases.Lease> others = leases.live();
                if (!others.isEmpty()) {
                    throw new ServerBusyException("The embedded server must restart to listen on " + listen
                            + " but other commands use it (" + describe(others) + "); retry when they are done");
                }
                log().info("Restarting the embedded PostgreSQL to listen on {}", listen);
                Postmaster.stop(dataDir);
                running = Optional.empty();
            }
            int port;
            if (running.isPresent()) {
                port = running.get();
                log().info("Using the PostgreSQL already running on {} (port {})", dataDir, port);
            } else {
                pg = start(varDir, dataDir, isFree(preferredPort) ? preferredPort : freePort(), password, listen);
                port = pg.getPort();
            }
            try {
                Connection spare = ServerPreparation.prepare(port, password, dataDir, pg != null, answered);
                return new EmbeddedServer(pg, leases, leases.take(command), port, varDir, password, idle, spare);
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

    public String jdbcUrl() {
        return ServerPreparation.url(port, DATABASE);
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
        synchronized (this) {
            Connection kept = spare;
            spare = null;
            if (kept != null && !kept.isClosed()) {
                return kept;
            }
        }
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

    /**
     * Returns this command's lease; when no other command holds one, leaves the server running for the idle timeout
     * (a watcher stops it then), or stops it now when the timeout is zero.
     */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            ServerPreparation.closeQuietly(spare);
            spare = null;
        }
        try (AutoCloseable ignored = leases.lock()) {
            Files.deleteIfExists(lease.file());
            List<Leases.Lease> others = leases.live();
            if (!others.isEmpty()) {
                log().info("Leaving the embedded PostgreSQL running for {}", describe(others));
                return;
            }
            if (!idle.isZero() && !idle.isNegative() && IdleTimeout.begin(varDir, idle)) {
                return; // var/server.idle says since when and for how long
            }
            IdleTimeout.clear(varDir);
            try {
                if (started != null) {
                    started.close();
                }
            } finally {
                // zonky's stop waits 5 s for the server, and a durable server's shutdown checkpoint may take
                // longer; its stop may also throw: stop (or wait for) whatever postmaster still holds the data
                // directory, up to a minute, either way
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
                IdleTimeout.clear(varDir);
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
