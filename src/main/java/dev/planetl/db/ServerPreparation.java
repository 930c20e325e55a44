package dev.planetl.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static dev.planetl.db.EmbeddedServer.DATABASE;
import static dev.planetl.db.EmbeddedServer.SUPERUSER;

/**
 * The first connections a command makes to the embedded server it started or adopted: does it answer, does it
 * listen where asked, and the preparation that makes it planetl's (a secured data directory, the planetl database,
 * PUBLIC's privileges narrowed), done once a server and only checked by the commands that adopt it.
 */
final class ServerPreparation {

    private ServerPreparation() {
    }

    /**
     * After start or adoption: secure a data directory that still trusts logins (or, on a fresh start, drop the
     * remote lines a killed {@code planetl db --listen} left), create the database.
     *
     * @param answered the connection {@link #answer} made to a running server, or null after a fresh start; it is
     *                 kept or closed here
     * @return the superuser connection that found a running server prepared (kept for the command), else null
     */
    static Connection prepare(int port, String password, Path dataDir, boolean freshStart, Connection answered)
            throws IOException {
        if (!freshStart && ServerAccess.secured(dataDir) && answered != null) {
            Connection prepared = preparedBefore(answered);
            if (prepared != null) {
                return prepared;
            }
        }
        closeQuietly(answered);
        // looked up here, not when the class loads: a read command on a prepared server logs nothing
        Logger log = LoggerFactory.getLogger(ServerPreparation.class);
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
                    ? "; " + Secrets.file(dataDir.getParent(), SUPERUSER)
                    + " does not hold the superuser's password"
                    : ""), e);
        }
        try (Connection c = DriverManager.getConnection(url(port, DATABASE), SUPERUSER, password)) {
            ServerAccess.harden(c);
        } catch (SQLException e) {
            throw new IOException("Could not narrow the privileges on the embedded server: " + e.getMessage(), e);
        }
        return null;
    }

    /**
     * A running server that a command prepared before needs no second pass: the connection that found it running,
     * when it reached the planetl database, tells that PUBLIC's privileges are narrowed (they are narrowed again if
     * not), and is kept for the command (a login less); null when there is no planetl database yet.
     */
    private static Connection preparedBefore(Connection answered) throws IOException {
        try {
            if (!DATABASE.equals(answered.getCatalog())) {
                return null; // no planetl database yet: the full preparation creates it
            }
            if (!ServerAccess.hardened(answered)) {
                ServerAccess.harden(answered);
            }
            return answered;
        } catch (SQLException e) {
            throw new IOException("Could not prepare the embedded server (" + DATABASE + "): "
                    + e.getMessage(), e);
        }
    }

    static boolean listensOn(Connection c, List<String> listen) {
        if (listen.isEmpty()) {
            return true;
        }
        try (var st = c.createStatement(); var rs = st.executeQuery("show listen_addresses")) {
            rs.next();
            List<String> now = Arrays.stream(rs.getString(1).split(",")).map(String::trim).toList();
            return now.contains("*") || now.containsAll(listen);
        } catch (SQLException e) {
            return false;
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a connection that will not close cleanly is gone with the session anyway
            }
        }
    }

    static String url(int port, String database) {
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

    /**
     * A superuser connection to the server on {@code port}, to the planetl database or, before it exists, to the
     * postgres one; null when nothing answers there with this password. One login serves to tell that the server
     * runs and, for a command that adopts it, as its first connection.
     */
    static Connection answer(int port, String password) {
        try {
            return DriverManager.getConnection(url(port, DATABASE) + "?connectTimeout=3", SUPERUSER, password);
        } catch (SQLException e) {
            if (!"3D000".equals(e.getSQLState())) {
                return null;
            }
        }
        try {
            return DriverManager.getConnection(url(port, "postgres") + "?connectTimeout=3", SUPERUSER, password);
        } catch (SQLException e) {
            return null;
        }
    }
}
