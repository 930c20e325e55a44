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
        return ensure(server, ServerAccess.QUERY_LOGIN, List.of(READER_ROLE, STEWARD_ROLE));
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
