package dev.planetl.cli;

import dev.planetl.db.EmbeddedServer;
import dev.planetl.db.Warehouse;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Keeps the embedded PostgreSQL running in the foreground (Ctrl-C stops it) and prints how an "
                + "analyst connects: a psql command and a JDBC URL for the read-only role.")
public class DbCommand implements Callable<Integer> {

    /** The login role analysts use on the embedded server: it can read the documented views only. */
    static final String ANALYST = "analyst";

    @Mixin
    WarehouseOptions warehouse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!warehouse.settings().embedded()) {
            out.println("planetl db serves the embedded PostgreSQL; with --db-url or PLANETL_DB_URL set, connect to "
                    + "that server directly.");
            return ExitCode.USAGE;
        }
        Warehouse w = warehouse.open();
        new JdbcTemplate(w.dataSource()).execute("""
                do $$ begin
                  if not exists (select 1 from pg_roles where rolname = 'analyst') then
                    create role analyst login in role planetl_reader;
                  end if;
                end $$""");
        EmbeddedServer server = w.server();
        out.println("The warehouse is running on port " + server.port() + " (data in " + server.dataDir() + ").");
        out.println("  psql:  psql -h localhost -p " + server.port() + " -U " + ANALYST + " " + EmbeddedServer.DATABASE);
        out.println("  JDBC:  jdbc:postgresql://localhost:" + server.port() + "/" + EmbeddedServer.DATABASE
                + "?user=" + ANALYST + "&readOnly=true");
        out.println("  (as owner: -U " + EmbeddedServer.SUPERUSER + ")  Press Ctrl-C to stop.");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                w.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
            stop.countDown();
        }));
        stop.await();
        return 0;
    }
}
