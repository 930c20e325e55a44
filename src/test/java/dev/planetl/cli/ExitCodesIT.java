package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** Each exit code a scheduler acts on, produced by the situation it names. */
class ExitCodesIT {

    /** The key {@code IngestRunner} takes its advisory lock on ("planetl" in ASCII). */
    private static final long INGEST_LOCK = 0x706c616e65746cL;

    @TempDir
    Path tmp;

    @Test
    void zeroWhenEveryDocumentIsGood() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("good"));
        Files.copy(Path.of("sample-docs/000_c6a735280eeffe22.txt"), docs.resolve("000.txt"));
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            assertThat(PlanetlMain.run("ingest", docs.toString(), "--db-url", TestPostgres.cliUrl(w))).isEqualTo(0);
        }
    }

    @Test
    void oneWhenADocumentFailed() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("bad"));
        Files.copy(Path.of("sample-docs/000_c6a735280eeffe22.txt"), docs.resolve("000.txt"));
        byte[] docx = Files.readAllBytes(Path.of("sample-docs/001_69b5d0863f4d8d05.docx"));
        Files.write(docs.resolve("truncated.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            assertThat(PlanetlMain.run("ingest", docs.toString(), "--db-url", TestPostgres.cliUrl(w))).isEqualTo(1);
        }
    }

    @Test
    void twoWhenTheJobCannotRun() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Path docs = Files.createDirectories(tmp.resolve("any"));
        assertThat(PlanetlMain.run("ingest", docs.toString(), "--db-url",
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/planetl?connectTimeout=2")).isEqualTo(2);
    }

    @Test
    void threeWhenAnotherIngestHoldsTheWarehouse() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("busy"));
        Files.copy(Path.of("sample-docs/000_c6a735280eeffe22.txt"), docs.resolve("000.txt"));
        try (Warehouse w = TestPostgres.freshWarehouse(); Connection other = w.dataSource().getConnection()) {
            try (var st = other.createStatement(); var rs = st.executeQuery(
                    "select pg_try_advisory_lock(" + INGEST_LOCK + ")")) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
            assertThat(PlanetlMain.run("ingest", docs.toString(), "--db-url", TestPostgres.cliUrl(w))).isEqualTo(3);
        }
    }

    @Test
    void sixtyFourForAWrongCommandLine() {
        assertThat(PlanetlMain.run("ingest")).as("missing DIR").isEqualTo(64);
        assertThat(PlanetlMain.run("ingest", "--no-such-option", "x")).as("unknown option").isEqualTo(64);
        assertThat(PlanetlMain.run("rerun", "--year", "twenty")).as("not a number").isEqualTo(64);
        assertThat(PlanetlMain.run("ingest", tmp.resolve("not-there").toString())).as("no such folder").isEqualTo(64);
        assertThat(PlanetlMain.run("no-such-command")).as("unknown command").isEqualTo(64);
    }
}
