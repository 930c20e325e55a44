package dev.planetl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code planetl db --listen}: an analyst logs in from another address. The second address is a second loopback
 * address (127.0.0.2, which Linux routes to lo without any setup): the server listens there, the client binds its
 * socket to 127.0.0.3 ({@code localSocketAddress}), so the server sees a login from an address that is not
 * localhost, exactly as from another machine; only 127.0.0.3/32 is allowed.
 */
class DbCommandIT {

    private static final Pattern PORT = Pattern.compile("running on port (\\d+)");
    private static final Pattern PASSWORD = Pattern.compile("password of analyst: (\\S+) +\\(shown this once");

    @TempDir
    Path var;

    @Test
    void anAnalystLogsInFromAnotherAddressWithThePasswordPrintedOnce() throws Exception {
        Process db = planetl("db", "--listen", "127.0.0.2", "--allow", "127.0.0.3/32", "--var-dir", var.toString());
        try {
            List<String> printed = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(db.getInputStream(), StandardCharsets.UTF_8));
            String port = null;
            String password = null;
            for (String line; password == null && (line = out.readLine()) != null; ) {
                printed.add(line);
                Matcher m = PORT.matcher(line);
                if (m.find()) {
                    port = m.group(1);
                }
                Matcher p = PASSWORD.matcher(line);
                if (p.find()) {
                    password = p.group(1);
                }
            }
            assertThat(password).as(String.join("\n", printed)).isNotNull();
            assertThat(String.join("\n", printed)).as("the owner login is not printed")
                    .doesNotContain("postgres ").doesNotContain("-U postgres")
                    .doesNotContain(Files.readString(var.resolve("postgres.password"), StandardCharsets.UTF_8).trim());
            assertThat(Files.readString(var.resolve("analyst.password"), StandardCharsets.UTF_8).trim())
                    .isEqualTo(password);
            String url = "jdbc:postgresql://127.0.0.2:" + port + "/planetl";
            String printedPassword = password;

            // the analyst, from 127.0.0.3, with the printed password: in, and the server sees that address
            try (var c = DriverManager.getConnection(url, from("127.0.0.3", "analyst", password));
                 var rs = c.createStatement().executeQuery(
                         "select host(inet_client_addr()), (select count(*) from warehouse.v_budget_line)")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("127.0.0.3");
            }
            // without the password, with a wrong one, from an address not allowed, or as the superuser: refused
            assertThatThrownBy(() -> DriverManager.getConnection(url, from("127.0.0.3", "analyst", "")))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, from("127.0.0.3", "analyst", "wrong")))
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(url, from("127.0.0.4", "analyst", printedPassword)))
                    .hasMessageContaining("no pg_hba.conf entry");
            String owner = Files.readString(var.resolve("postgres.password"), StandardCharsets.UTF_8).trim();
            assertThatThrownBy(() -> DriverManager.getConnection(url, from("127.0.0.3", "postgres", owner)))
                    .hasMessageContaining("no pg_hba.conf entry");

            // planetl db --stop ends planetl db, and with it the server
            assertThat(ExitCodesRun.output(var, "db", "--stop")).contains("Stopped");
            assertThat(db.waitFor(90, TimeUnit.SECONDS)).as("planetl db --stop ended planetl db").isTrue();
            assertThat(db.exitValue()).isIn(0, 143);
            assertThat(var.resolve("pgdata/postmaster.pid")).doesNotExist();
        } finally {
            db.destroy();
            db.waitFor(60, TimeUnit.SECONDS);
        }
        // a second planetl db does not print the password again
        Process again = planetl("db", "--var-dir", var.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(again.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder printed = new StringBuilder();
            for (String line; (line = out.readLine()) != null && !line.startsWith("Press Ctrl-C"); ) {
                printed.append(line).append('\n');
            }
            assertThat(printed.toString()).contains("password of analyst: in ").doesNotContain("shown this once");
        } finally {
            again.destroy();
            assertThat(again.waitFor(90, TimeUnit.SECONDS)).isTrue();
        }
        // the postmaster removes its pid file when its shutdown (a checkpoint, fsync on) is done
        Path pid = var.resolve("pgdata/postmaster.pid");
        for (int i = 0; i < 60 && Files.exists(pid); i++) {
            Thread.sleep(500);
        }
        assertThat(pid).as("ending planetl db stopped the server").doesNotExist();
    }

    private static Properties from(String address, String user, String password) {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("localSocketAddress", address);
        p.setProperty("connectTimeout", "5");
        return p;
    }

    private static Process planetl(String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", cp, "dev.planetl.cli.PlanetlMain"));
        cmd.addAll(List.of(args));
        // logs go to stderr, discarded here; stdout is what the user reads
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("PLANETL_DB_URL");
        try (var s = new java.net.ServerSocket(0)) {
            pb.environment().put("PLANETL_DB_PORT", Integer.toString(s.getLocalPort()));
        }
        return pb.start();
    }

    /** Runs a command in this JVM and returns what it printed. */
    static final class ExitCodesRun {
        static String output(Path var, String... args) {
            var buffer = new java.io.StringWriter();
            List<String> all = new ArrayList<>(List.of(args));
            picocli.CommandLine cli = PlanetlMain.commandLine(args);
            cli.setOut(new java.io.PrintWriter(buffer, true));
            all.addAll(List.of("--var-dir", var.toString()));
            int code = cli.execute(all.toArray(String[]::new));
            assertThat(code).as(buffer.toString()).isZero();
            return buffer.toString();
        }
    }
}
