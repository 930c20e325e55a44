package dev.planetl.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * A read command's way onto a server that runs and was prepared before: one login, as the read-only query login
 * {@value ServerAccess#QUERY_LOGIN}, instead of a superuser's login to check the server, the schema and the login,
 * then the query login's. That one connection checks what the superuser's would: the data directory secured
 * (pg_hba.conf), PUBLIC's privileges narrowed, the login as planetl leaves it, and the schema current against the
 * packaged migrations ({@link Migrations}, the history readable by the query login since it was set up). Whatever
 * does not hold, or cannot be told, sends the command the long way ({@link Warehouse#openForReading}), which
 * prepares, migrates and sets the login up.
 */
final class QuickRead {

    /** An adopted server with this command's lease, and the query login's connection. */
    record Opened(EmbeddedServer server, Connection connection, String password) {
    }

    private QuickRead() {
    }

    static Optional<Opened> open(Path varDir, String command, Duration idle) throws IOException {
        Path dataDir = varDir.resolve("pgdata");
        Path ownerFile = Secrets.file(varDir, EmbeddedServer.SUPERUSER);
        Path queryFile = Secrets.file(varDir, ServerAccess.QUERY_LOGIN);
        if (!Files.exists(ownerFile) || !Files.exists(queryFile) || !Files.isDirectory(dataDir)) {
            return Optional.empty();
        }
        Leases leases = new Leases(varDir);
        try (AutoCloseable ignored = leases.lock()) {
            Optional<Integer> port = Postmaster.port(dataDir);
            if (port.isEmpty() || !ServerAccess.secured(dataDir)) {
                return Optional.empty();
            }
            String password = Secrets.read(queryFile);
            Connection c;
            try {
                c = DriverManager.getConnection(ServerPreparation.url(port.get(), EmbeddedServer.DATABASE)
                        + "?connectTimeout=3", ServerAccess.QUERY_LOGIN, password);
            } catch (SQLException e) {
                return Optional.empty();
            }
            try {
                if (!ServerAccess.hardened(c) || !Logins.queryLoginAsSetUp(c) || !Migrations.current(c)) {
                    ServerPreparation.closeQuietly(c);
                    return Optional.empty();
                }
            } catch (SQLException | RuntimeException e) {
                ServerPreparation.closeQuietly(c);
                return Optional.empty();
            }
            try {
                return Optional.of(new Opened(EmbeddedServer.adopted(leases, leases.take(command), port.get(),
                        varDir, Secrets.read(ownerFile), idle), c, password));
            } catch (IOException | RuntimeException e) {
                ServerPreparation.closeQuietly(c);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
