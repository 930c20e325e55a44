package dev.planetl.cli;

import dev.planetl.db.EmbeddedServer;
import dev.planetl.db.Logins;
import dev.planetl.db.ServerAccess;
import dev.planetl.db.Warehouse;
import dev.planetl.db.WarehouseSettings;
import dev.planetl.extract.isolation.ChildParking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "db", mixinStandardHelpOptions = true,
        description = {"Keeps the embedded PostgreSQL running in the foreground (Ctrl-C ends it) and prints how an "
                + "analyst connects: a psql command and a JDBC URL for the read-only login analyst, whose password "
                + "is generated once into var/analyst.password (0600) and printed when it is made.",
                "With --listen ADDR it also serves analysts on other machines (password logins only); --stop stops "
                + "the server when no other command uses it, and ends the extraction children kept warm for the "
                + "next run."})
public class DbCommand implements Callable<Integer> {

    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--listen", paramLabel = "ADDR", split = ",",
            description = "Also listen on this address (an IP of this machine, or * for all) for analysts elsewhere.")
    List<String> listen = new ArrayList<>();

    @Option(names = "--allow", paramLabel = "CIDR", defaultValue = "samenet",
            description = "With --listen: where analysts may log in from (a CIDR such as 10.1.0.0/16, or samenet, "
                    + "the default: the networks this machine is on).")
    String allow;

    @Option(names = "--stop", description = "Stop the embedded server (exit code 3 while other commands use it) and end the "
            + "extraction children kept warm for the next run.")
    boolean stop;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        WarehouseSettings settings = warehouse.settings();
        if (!settings.embedded()) {
            out.println("planetl db serves the embedded PostgreSQL; with --db-url or PLANETL_DB_URL set, connect to "
                    + "that server directly.");
            return ExitCode.USAGE;
        }
        if (stop) {
            out.println(EmbeddedServer.stop(settings.varDir()));
            int children = ChildParking.endWaiting();
            if (children > 0) {
                out.println("Ended " + children + " extraction " + (children == 1 ? "child" : "children")
                        + " kept warm for the next run.");
            }
            return ExitCode.OK;
        }
        // A server that listened beyond this machine is not left idle behind planetl db: it stops with the last user.
        EmbeddedServer server = EmbeddedServer.startOrAdopt(settings.varDir(), settings.port(), "db", listen,
                listen.isEmpty() ? settings.idle() : java.time.Duration.ZERO);
        Warehouse w;
        String password;
        boolean newPassword;
        try {
            w = Warehouse.connect(server, server.jdbcUrl(), EmbeddedServer.SUPERUSER, server.ownerPassword());
            w.migrateIfBehind();
            newPassword = Logins.analystPasswordIsNew(server);
            password = Logins.ensureAnalyst(server);
            if (!listen.isEmpty()) {
                server.allowRemote(List.of(new ServerAccess.RemoteRule(allow)));
            }
        } catch (Exception e) {
            server.close();
            throw e;
        }
        String host = listen.isEmpty() || listen.get(0).equals("*") ? "localhost" : listen.get(0);
        out.println("The warehouse is running on port " + server.port() + (listen.isEmpty() ? ""
                : ", listening on " + String.join(", ", listen) + " for analysts from " + allow) + ".");
        out.println("  psql:  psql -h " + host + " -p " + server.port() + " -U " + ServerAccess.ANALYST + " "
                + EmbeddedServer.DATABASE);
        out.println("  JDBC:  jdbc:postgresql://" + host + ":" + server.port() + "/" + EmbeddedServer.DATABASE
                + "?user=" + ServerAccess.ANALYST + "&readOnly=true");
        if (newPassword) {
            out.println("  password of " + ServerAccess.ANALYST + ": " + password + "   (shown this once; kept in "
                    + Logins.passwordFile(server, ServerAccess.ANALYST) + ", readable by you only)");
        } else {
            out.println("  password of " + ServerAccess.ANALYST + ": in "
                    + Logins.passwordFile(server, ServerAccess.ANALYST) + " (readable by you only)");
        }
        // the hook before the prompt: a Ctrl-C (or a TERM) right after the prompt must stop the server too
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (!listen.isEmpty()) {
                    server.allowRemote(List.of());
                }
                w.close();
            } catch (Exception ignored) {
                // the JVM is ending; a server left running is stopped by the next command that finds no lease
            }
            stopped.countDown();
        }));
        out.println("Press Ctrl-C to end (the server stops when no other planetl command uses it).");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }
}
