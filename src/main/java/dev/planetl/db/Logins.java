package dev.planetl.db;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The read-only logins of the embedded server, their passwords generated into {@code var/} (0600). */
public final class Logins {

    /** Reads the documented views only (sql migrations V4 on). */
    public static final String READER_ROLE = "planetl_reader";
    /** Reads the registry, runs and findings too, for status and report (V10). */
    public static final String STEWARD_ROLE = "planetl_steward";

    private Logins() {
    }

    /** The login of planetl's own read commands; returns its password. Call after the migrations. */
    static String ensureQueryLogin(EmbeddedServer server) throws IOException {
        String password = ensure(server, ServerAccess.QUERY_LOGIN, List.of(READER_ROLE, STEWARD_ROLE));
        try (Connection c = server.ownerConnection()) {
            ServerAccess.letReadHistory(c, ServerAccess.QUERY_LOGIN);
        } catch (SQLException e) {
            throw new IOException("Could not set up the login " + ServerAccess.QUERY_LOGIN + ": " + e.getMessage(), e);
        }
        return password;
    }

    /**
     * True when the query login is as {@link #ensureQueryLogin} leaves it: asked on any connection (the query
     * login's own serves), since it reads only what every login may read and whether the history is readable.
     */
    static boolean queryLoginAsSetUp(Connection c) throws SQLException {
        return ServerAccess.loginAsEnsured(c, ServerAccess.QUERY_LOGIN, List.of(READER_ROLE, STEWARD_ROLE))
                && ServerAccess.readsHistory(c, ServerAccess.QUERY_LOGIN);
    }

    /**
     * The login of planetl's own read commands, for a command that already holds a superuser connection: when the
     * schema was not just migrated, the password file exists and the role is as {@link ServerAccess#ensureLogin}
     * leaves it, nothing is changed (the caller's login then proves the password); otherwise it is set up.
     */
    static String queryLogin(EmbeddedServer server, Connection owner, boolean migrated) throws IOException {
        java.nio.file.Path file = Secrets.file(server.varDir(), ServerAccess.QUERY_LOGIN);
        try {
            if (!migrated && java.nio.file.Files.exists(file) && queryLoginAsSetUp(owner)) {
                return Secrets.read(file);
            }
        } catch (SQLException e) {
            // the check failed: set the login up as on a first run
        }
        return ensureQueryLogin(server);
    }

    /** The analysts' login; returns its password. Call after the migrations. */
    public static String ensureAnalyst(EmbeddedServer server) throws IOException {
        return ensure(server, ServerAccess.ANALYST, List.of(READER_ROLE));
    }

    /** True when the analyst's password file does not exist yet: the next {@link #ensureAnalyst} creates it. */
    public static boolean analystPasswordIsNew(EmbeddedServer server) {
        return !java.nio.file.Files.exists(Secrets.file(server.varDir(), ServerAccess.ANALYST));
    }

    public static java.nio.file.Path passwordFile(EmbeddedServer server, String login) {
        return Secrets.file(server.varDir(), login);
    }

    /** Under the server lock: two commands starting at once would race to create the role and its password. */
    private static String ensure(EmbeddedServer server, String login, List<String> memberOf) throws IOException {
        return server.underLock(() -> {
            String password = Secrets.readOrCreate(Secrets.file(server.varDir(), login));
            try (Connection c = server.ownerConnection()) {
                ServerAccess.ensureLogin(c, login, password, memberOf);
            } catch (SQLException e) {
                throw new IOException("Could not set up the login " + login + ": " + e.getMessage(), e);
            }
            return password;
        });
    }
}
