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
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL run from the embedded binaries, its data kept in {@code <varDir>/pgdata} between commands.
 *
 * <p>When a server already runs on that data directory (another planetl command, {@code planetl db}, or one left
 * behind by a killed process), it is adopted instead of started: two servers cannot share a data directory.
 * {@link #close()} stops only a server this instance started, or one whose owner is gone.
 */
public final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    public static final String DATABASE = "planetl";
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres started;
    private final Long adoptedPostmasterPid;
    private final int port;
    private final Path dataDir;

    private EmbeddedServer(EmbeddedPostgres started, Long adoptedPostmasterPid, int port, Path dataDir) {
        this.started = started;
        this.adoptedPostmasterPid = adoptedPostmasterPid;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** Starts the server, or adopts the one already running on the data directory. */
    public static EmbeddedServer startOrAdopt(Path varDir, int preferredPort) throws IOException {
        Path dataDir = varDir.resolve("pgdata");
        Files.createDirectories(varDir);
        Optional<Integer> running = runningPort(dataDir);
        Path ownerFile = varDir.resolve("pgdata.owner");
        if (running.isPresent() && accepts(running.get())) {
            Optional<Long> owner = readPid(ownerFile);
            boolean ownerAlive = owner.flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
            if (ownerAlive) {
                log.info("Using the PostgreSQL already running on {} (port {})", dataDir, running.get());
                return new EmbeddedServer(null, null, running.get(), dataDir);
            }
            // Left behind by a planetl process that was killed: take it over, and stop it when done.
            writePid(ownerFile);
            log.info("Taking over the PostgreSQL left running on {} (port {})", dataDir, running.get());
            return new EmbeddedServer(null, postmasterPid(dataDir).orElse(null), running.get(), dataDir);
        }
        int port = isFree(preferredPort) ? preferredPort : freePort();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("max_connections", "50")
                // zonky passes -F (fsync off) and synchronous_commit=off, settings for throw-away test databases;
                // the warehouse must survive a power loss, so both are turned back on (a later -c wins over -F).
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setRegisterShutdownHook(true)
                .start();
        writePid(ownerFile);
        createDatabaseIfMissing(pg.getPort());
        return new EmbeddedServer(pg, null, pg.getPort(), dataDir);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True when this instance started the server or took it over (and so will stop it). */
    public boolean owned() {
        return started != null || adoptedPostmasterPid != null;
    }

    @Override
    public void close() throws IOException {
        if (started != null) {
            started.close();
        } else if (adoptedPostmasterPid != null) {
            ProcessHandle.of(adoptedPostmasterPid).ifPresent(p -> {
                p.destroy(); // SIGTERM: PostgreSQL's smart shutdown
                p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> p).join();
            });
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void writePid(Path file) throws IOException {
        Files.writeString(file, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
    }

    private static Optional<Long> postmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void createDatabaseIfMissing(int port) throws IOException {
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, SUPERUSER, "");
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (var st = c.createStatement()) {
                        st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the planetl database on the embedded server: " + e.getMessage(), e);
        }
    }

    /** The port recorded in postmaster.pid (line 4), if the file is there. */
    static Optional<Integer> runningPort(Path dataDir) {
        Path pid = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
            return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean accepts(int port) {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres?connectTimeout=3", SUPERUSER, "")) {
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
