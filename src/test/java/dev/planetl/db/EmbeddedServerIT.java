package dev.planetl.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded warehouse server: durable, password logins only, one server shared by many commands. */
class EmbeddedServerIT {

    @TempDir
    Path var;

    @Test
    void theServerIsDurable() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.startOrAdopt(var, 0);
             var c = server.ownerConnection()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (var rs = c.createStatement().executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    @Test
    void everyLoginNeedsThePasswordKeptOwnerOnly() throws Exception {
        try (EmbeddedServer server = EmbeddedServer.startOrAdopt(var, 0)) {
            Path file = var.resolve("postgres.password");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(server.dataDir().resolve("pg_hba.conf"), StandardCharsets.UTF_8))
                    .startsWith(ServerAccess.HBA_MARKER).doesNotContain("trust");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.SUPERUSER, ""))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.SUPERUSER, "wrong"))
                    .hasMessageContaining("password authentication failed");
            try (var c = server.ownerConnection(); var rs = c.createStatement().executeQuery(
                    "select rolpassword like 'SCRAM-SHA-256$%' from pg_authid where rolname = 'postgres'")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
    }

    @Test
    void aDataDirectoryThatTrustedEveryLoginIsSecuredWhileItRuns() throws Exception {
        // given the data directory of an earlier planetl: initdb -A trust, running, no superuser password
        Path dataDir = var.resolve("pgdata");
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(false).setLocaleConfig("locale", "C").setLocaleConfig("encoding", "UTF8")
                .start()) {
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"), StandardCharsets.UTF_8)).contains("trust");
            try (var c = DriverManager.getConnection(legacy.getJdbcUrl("postgres", "postgres"))) {
                c.createStatement().execute("create table kept (v text); insert into kept values ('한글')");
            }
            // when a command of this version adopts it
            try (EmbeddedServer server = EmbeddedServer.startOrAdopt(var, 0)) {
                assertThat(server.startedHere()).isFalse();
                // then logins need the password at once (pg_hba rewritten, reloaded), and the data is there
                assertThat(Files.readString(dataDir.resolve("pg_hba.conf"), StandardCharsets.UTF_8))
                        .doesNotContain("trust");
                assertThatThrownBy(() -> DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + server.port() + "/postgres", EmbeddedServer.SUPERUSER, ""))
                        .isInstanceOf(SQLException.class);
                try (var c = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/postgres",
                        EmbeddedServer.SUPERUSER, server.ownerPassword());
                     var rs = c.createStatement().executeQuery("select v from kept")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("한글");
                }
            }
        }
    }

    @Test
    void aSecondCommandUsesTheRunningServerAndDataSurvivesARestart() throws Exception {
        try (EmbeddedServer first = EmbeddedServer.startOrAdopt(var, 0)) {
            assertThat(first.startedHere()).isTrue();
            try (var c = first.ownerConnection()) {
                c.createStatement().execute("create table kept (v text); insert into kept values ('한글')");
            }
            try (EmbeddedServer second = EmbeddedServer.startOrAdopt(var, 0)) {
                assertThat(second.startedHere()).isFalse();
                assertThat(second.port()).isEqualTo(first.port());
            }
            // the second command's close left the first one's server running
            try (var c = first.ownerConnection()) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
        assertThat(var.resolve("pgdata/postmaster.pid")).as("the last command out stopped the server").doesNotExist();
        try (EmbeddedServer again = EmbeddedServer.startOrAdopt(var, 0);
             var c = again.ownerConnection();
             var rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("한글");
        }
    }

    @Test
    void theServerStaysWhileACommandThatAdoptedItRuns() throws Exception {
        EmbeddedServer starter = EmbeddedServer.startOrAdopt(var, 0);
        EmbeddedServer adopter = EmbeddedServer.startOrAdopt(var, 0);
        starter.close();
        try (var c = adopter.ownerConnection()) {
            assertThat(c.isValid(2)).as("the starter left it running for the adopter").isTrue();
        }
        adopter.close();
        assertThat(var.resolve("pgdata/postmaster.pid")).doesNotExist();
    }

    @Test
    void twoCommandsStartedTogetherOnAStoppedServerBothSucceed() throws Exception {
        List<Process> commands = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outputs.add(var.resolveSibling(var.getFileName() + "-out-" + i + ".txt"));
            commands.add(planetl(outputs.get(i), "status", "--var-dir", var.toString()));
        }
        for (int i = 0; i < 2; i++) {
            Process p = commands.get(i);
            assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(outputs.get(i), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).contains("Recent runs");
        }
        assertThat(var.resolve("pgdata/postmaster.pid")).as("the last one out stopped the server").doesNotExist();
        try (var leases = Files.list(var.resolve("leases"))) {
            assertThat(leases).isEmpty();
        }
    }

    /** A planetl command in a JVM of its own, as the launcher runs it. */
    static Process planetl(Path output, String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", cp, "dev.planetl.cli.PlanetlMain"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().remove("PLANETL_DB_URL");
        try (var s = new java.net.ServerSocket(0)) {
            pb.environment().put("PLANETL_DB_PORT", Integer.toString(s.getLocalPort()));
        }
        return pb.start();
    }
}
