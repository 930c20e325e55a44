package dev.planetl.db;

import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The embedded server outlives the last command by an idle timeout, so that a steward's next {@code status} or
 * {@code sql} finds it running instead of paying for a start.
 *
 * <p>When the last lease is returned, {@code var/server.idle} records since when the server is idle, for how long
 * it may be, and which watcher stops it: a small JVM of its own ({@link IdleStop}), started detached (in a session
 * of its own where {@code setsid} exists) because the command that returned the lease ends now. One watcher serves
 * every idle period: a command finding it alive only moves the idle start. All reads and writes of the file happen
 * under the server lock ({@link Leases#lock}).
 */
final class IdleTimeout {

    static final String FILE = "server.idle";

    /**
     * What {@code var/server.idle} holds.
     *
     * @param since when the last command returned its lease
     * @param timeout how long after that the server is stopped
     * @param token the watcher's: a watcher whose token is not in the file has been replaced and ends
     * @param watcher the watcher's process, to tell whether it still runs (and is not a later one with its pid)
     */
    record Marker(Instant since, Duration timeout, String token, ProcessStart watcher) {

        long watcherPid() {
            return watcher.pid();
        }

        boolean watcherAlive() {
            return watcher.alive();
        }

        Instant due() {
            return since.plus(timeout);
        }
    }

    private IdleTimeout() {
    }

    static Optional<Marker> read(Path varDir) {
        try {
            List<String> lines = Files.readAllLines(varDir.resolve(FILE), StandardCharsets.UTF_8);
            // lines 5 and 6, the watcher's start, are missing from a marker written before they were recorded
            return Optional.of(new Marker(Instant.parse(lines.get(0).strip()), Duration.parse(lines.get(1).strip()),
                    lines.get(2).strip(), new ProcessStart(Long.parseLong(lines.get(3).strip()),
                            lines.size() > 4 ? lines.get(4).strip() : "", lines.size() > 5 ? lines.get(5).strip() : "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(Path varDir, Marker marker) throws IOException {
        Path tmp = varDir.resolve(FILE + ".new");
        Files.writeString(tmp, marker.since() + "\n" + marker.timeout() + "\n" + marker.token() + "\n"
                + marker.watcherPid() + "\n" + marker.watcher().startedAt() + "\n" + marker.watcher().startTicks() + "\n",
                StandardCharsets.UTF_8);
        Files.move(tmp, varDir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static void clear(Path varDir) throws IOException {
        Files.deleteIfExists(varDir.resolve(FILE));
    }

    /**
     * The server is idle from now: records it and makes sure a watcher will stop it after {@code timeout}. Call
     * under the server lock.
     *
     * @return false when no watcher could be started (the caller stops the server now)
     */
    static boolean begin(Path varDir, Duration timeout) {
        Optional<Marker> current = read(varDir);
        try {
            if (current.isPresent() && current.get().watcherAlive()) {
                write(varDir, new Marker(Instant.now(), timeout, current.get().token(), current.get().watcher()));
                return true;
            }
            String token = UUID.randomUUID().toString();
            Process watcher = spawn(varDir, token);
            write(varDir, new Marker(Instant.now(), timeout, token, ProcessStart.of(watcher.toHandle())));
            return true;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(IdleTimeout.class).warn("Could not start the idle watcher of the embedded server ({}); stopping the server now",
                    e.getMessage());
            return false;
        }
    }

    /** Starts {@link IdleStop} in a JVM of its own, on the classpath this JVM runs from. */
    private static Process spawn(Path varDir, String token) throws IOException {
        List<String> cmd = new ArrayList<>();
        Optional<Path> setsid = onPath("setsid");
        setsid.ifPresent(s -> cmd.add(s.toString()));
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Xmx24m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", absolute(System.getProperty("java.class.path"))));
        if (IdleTimeout.class.getClassLoader().getClass().getName().startsWith("org.springframework.boot.loader")) {
            // the fat jar: its own launcher finds BOOT-INF/classes and BOOT-INF/lib
            cmd.addAll(List.of("-Dloader.main=" + IdleStop.class.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            cmd.add(IdleStop.class.getName());
        }
        cmd.addAll(List.of(varDir.toString(), token));
        Path logs = varDir.resolve("logs");
        Files.createDirectories(logs);
        File log = logs.resolve("idle-stop.log").toFile();
        return new ProcessBuilder(cmd).directory(varDir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
    }

    /** The class path with every entry absolute: the watcher runs in the var folder. */
    private static String absolute(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            entries.add(entry.isEmpty() ? entry : Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null || File.separatorChar != '/') {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
