package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.db.WarehouseSettings;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Options every command that talks to the warehouse shares. */
public class WarehouseOptions {

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "An external PostgreSQL (else PLANETL_DB_URL; user and password from PLANETL_DB_USER and "
                    + "PLANETL_DB_PASSWORD). Without one, planetl runs its embedded PostgreSQL.")
    String dbUrl;

    @Option(names = "--var-dir", paramLabel = "DIR",
            description = "Where the embedded PostgreSQL keeps its data (else PLANETL_VAR, default ./var).")
    Path varDir;

    @Option(names = "--jobs-dir", paramLabel = "DIR",
            description = "The job definitions folder (default ./jobs, else the one beside the launcher).")
    Path jobsDir;

    public WarehouseSettings settings() {
        try {
            return WarehouseSettings.from(System.getenv(), dbUrl, varDir);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Opens the warehouse for reading only (sql, status, report), its schema brought up to date if behind. */
    public Warehouse openForReading(String command) throws IOException {
        return Warehouse.openForReading(settings(), command);
    }

    /** Opens the warehouse and brings its schema up to date if it is behind. */
    public Warehouse open(String command) throws IOException {
        return open(command, Warehouse.DEFAULT_POOL_SIZE);
    }

    /** The same, with room for {@code connections} connections at once. */
    public Warehouse open(String command, int connections) throws IOException {
        Warehouse w = Warehouse.open(settings(), command, connections);
        try {
            w.migrateIfBehind();
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
        return w;
    }

    public Path jobsDir() {
        if (jobsDir != null) {
            return jobsDir;
        }
        Path local = Path.of("jobs");
        if (Files.isDirectory(local)) {
            return local;
        }
        String home = System.getenv("PLANETL_HOME");
        return home == null ? local : Path.of(home, "jobs");
    }
}
