package dev.planetl.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's class archive for the steward's read commands, run as a steward runs it: the {@code planetl}
 * script in a folder of its own beside the packaged jar. The first {@code status} leaves the archive, later ones
 * map it, and it holds picocli's classes, which Java 17's dynamic archives leave out (they are compiled for Java 5).
 */
class LauncherArchiveIT {

    @TempDir
    Path tmp;

    private Path home;
    private Path varDir;

    @AfterEach
    void stopServer() throws Exception {
        if (home != null) {
            launcher("db", "--stop", "--var-dir", varDir.toString());
        }
    }

    @Test
    void theFirstStatusLeavesAnArchiveThatHoldsPicocliAndLaterOnesMapIt() throws Exception {
        Path jar = Path.of("target", "planetl.jar").toAbsolutePath();
        assertThat(jar).as("the packaged jar (failsafe runs after package)").isRegularFile();
        home = Files.createDirectories(tmp.resolve("home"));
        varDir = tmp.resolve("var");
        Path script = Files.copy(Path.of("planetl"), home.resolve("planetl"));
        assertThat(script.toFile().setExecutable(true)).isTrue();
        Files.createSymbolicLink(Files.createDirectories(home.resolve("target")).resolve("planetl.jar"), jar);
        Path app = home.resolve("target/planetl-app");
        Path archive = app.resolve("read-commands.jsa");

        // given a status on a new warehouse, the unpacked jar's first read command
        Result first = launcher("status", "--var-dir", varDir.toString());
        assertThat(first.exit()).as(first.output()).isZero();

        // then it left the archive, and nothing of its recording
        assertThat(archive).isRegularFile();
        try (var files = Files.list(app)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("read-commands.jsa.")))
                    .as("the class list and the dump in progress are gone").isEmpty();
        }
        // and the archive maps under the launcher's options (-Xshare:on fails where it cannot) with picocli in it
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        java.addAll(LauncherScript.quickOptions());
        java.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info",
                "-jar", app.resolve("planetl.jar").toString(), "--version"));
        Result mapped = run(new ProcessBuilder(java));
        assertThat(mapped.exit()).as(mapped.output()).isZero();
        assertThat(mapped.output()).contains("picocli.CommandLine source: shared objects file");

        // when a second status runs, it maps the archive and records none
        FileTime recorded = Files.getLastModifiedTime(archive);
        Result second = launcher("status", "--var-dir", varDir.toString());
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).contains("Recent runs");
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(recorded);
    }

    private record Result(int exit, String output) {
    }

    private Result launcher(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("planetl").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("PLANETL_DB_URL");
        pb.environment().remove("PLANETL_NO_CDS");
        pb.environment().remove("PLANETL_JAVA_OPTS");
        // the server outlives the first status for the second (tests run with a timeout of 0), then db --stop
        pb.environment().put("PLANETL_DB_IDLE_TIMEOUT", "10m");
        try (var s = new java.net.ServerSocket(0)) {
            pb.environment().put("PLANETL_DB_PORT", Integer.toString(s.getLocalPort()));
        }
        return run(pb);
    }

    private Result run(ProcessBuilder pb) throws IOException, InterruptedException {
        Path output = Files.createTempFile(tmp, "out", ".txt");
        Process p = pb.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
