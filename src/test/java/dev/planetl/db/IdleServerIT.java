package dev.planetl.db;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server outlives the last command by its idle timeout, so the next command adopts it instead of
 * starting one; a watcher stops it when the timeout has passed, {@code planetl db --stop} at once; and the commands
 * that need no database start none.
 */
class IdleServerIT {

    @TempDir
    Path tmp;

    private final List<Long> watchers = new ArrayList<>();

    @AfterEach
    void endWatchers() {
        watchers.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
        try {
            Postmaster.stop(tmp.resolve("var/pgdata"));
        } catch (Exception ignored) {
            // stopped already
        }
    }

    @Test
    void theServerRunsOnForItsIdleTimeoutThenAWatcherStopsIt() throws Exception {
        Path var = tmp.resolve("var");
        // given a status command on a stopped server, with an idle timeout no slow machine outlasts
        Result first = planetl(Map.of("PLANETL_DB_IDLE_TIMEOUT", "10m"), "status", "--var-dir", var.toString());
        assertThat(first.exit()).as(first.output()).isZero();
        // then the server is still running after the command ended, and a watcher is waiting for the timeout
        assertThat(var.resolve("pgdata/postmaster.pid")).exists();
        Optional<IdleTimeout.Marker> marker = IdleTimeout.read(var);
        assertThat(marker).isPresent();
        watchers.add(marker.get().watcherPid());
        assertThat(marker.get().watcherAlive()).isTrue();

        String postmaster = Files.readAllLines(var.resolve("pgdata/postmaster.pid"), StandardCharsets.UTF_8).get(0);

        // when a second command runs meanwhile, it adopts the running server; it sets a short timeout
        Result second = planetl(Map.of("PLANETL_DB_IDLE_TIMEOUT", "2s"), "status", "--var-dir", var.toString());
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).contains("Recent runs");
        assertThat(Files.readAllLines(var.resolve("pgdata/postmaster.pid"), StandardCharsets.UTF_8).get(0))
                .as("the same postmaster serves the second command").isEqualTo(postmaster);
        assertThat(IdleTimeout.read(var)).as("the same watcher serves, with the newest timeout")
                .hasValueSatisfying(m -> {
                    assertThat(m.token()).isEqualTo(marker.get().token());
                    assertThat(m.timeout()).isEqualTo(java.time.Duration.ofSeconds(2));
                });

        // then, once idle for the timeout, the watcher stops the server and ends
        ProcessHandle watcher = ProcessHandle.of(marker.get().watcherPid()).orElseThrow();
        assertThat(watcher.onExit().get(120, TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(var.resolve("pgdata/postmaster.pid")).as("stopped by the watcher").doesNotExist();
        assertThat(var.resolve(IdleTimeout.FILE)).doesNotExist();
    }

    @Test
    void dbStopStopsAnIdleServerAtOnce() throws Exception {
        Path var = tmp.resolve("var");
        Result status = planetl(Map.of("PLANETL_DB_IDLE_TIMEOUT", "10m"), "status", "--var-dir", var.toString());
        assertThat(status.exit()).as(status.output()).isZero();
        IdleTimeout.read(var).ifPresent(m -> watchers.add(m.watcherPid()));
        assertThat(var.resolve("pgdata/postmaster.pid")).exists();

        Result stop = planetl(Map.of(), "db", "--stop", "--var-dir", var.toString());

        assertThat(stop.exit()).as(stop.output()).isZero();
        assertThat(stop.output()).contains("Stopped the embedded server.");
        assertThat(var.resolve("pgdata/postmaster.pid")).doesNotExist();
        assertThat(var.resolve(IdleTimeout.FILE)).doesNotExist();
    }

    @Test
    void aTimeoutOfZeroStopsTheServerWithTheLastCommand() throws Exception {
        Path var = tmp.resolve("var");
        Result status = planetl(Map.of("PLANETL_DB_IDLE_TIMEOUT", "0"), "status", "--var-dir", var.toString());
        assertThat(status.exit()).as(status.output()).isZero();
        assertThat(var.resolve("pgdata/postmaster.pid")).doesNotExist();
        assertThat(var.resolve(IdleTimeout.FILE)).doesNotExist();
    }

    @Test
    void aBadTimeoutIsAUsageError() throws Exception {
        Result status = planetl(Map.of("PLANETL_DB_IDLE_TIMEOUT", "ten minutes"), "status", "--var-dir",
                tmp.resolve("var").toString());
        assertThat(status.exit()).isEqualTo(64);
        assertThat(status.output()).contains("PLANETL_DB_IDLE_TIMEOUT");
        assertThat(tmp.resolve("var/pgdata")).doesNotExist();
    }

    @Test
    void helpVersionAndExtractStartNoServer() throws Exception {
        Path var = tmp.resolve("var");
        Map<String, String> env = Map.of("PLANETL_VAR", var.toString(), "PLANETL_DB_IDLE_TIMEOUT", "10m");
        Result help = planetl(env, "--help");
        Result version = planetl(env, "--version");
        Result extract = planetl(env, "extract", "sample-docs/002_051c73b7d6606d90.txt");

        assertThat(help.exit()).as(help.output()).isZero();
        assertThat(help.output()).contains("ingest");
        assertThat(version.exit()).isZero();
        assertThat(version.output()).contains("planetl");
        assertThat(extract.exit()).as(extract.output()).isZero();
        assertThat(var.resolve("pgdata")).as("no server was started").doesNotExist();
        assertThat(var.resolve("leases")).doesNotExist();
    }

    private record Result(int exit, String output) {
    }

    /** A planetl command in a JVM of its own, as the launcher runs it, with these environment variables. */
    private Result planetl(Map<String, String> env, String... args) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", cp, "dev.planetl.cli.PlanetlMain"));
        cmd.addAll(List.of(args));
        Path output = Files.createTempFile(tmp, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().remove("PLANETL_DB_URL");
        pb.environment().putAll(env);
        try (var s = new java.net.ServerSocket(0)) {
            pb.environment().put("PLANETL_DB_PORT", Integer.toString(s.getLocalPort()));
        }
        Process p = pb.start();
        assertThat(p.waitFor(240, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
