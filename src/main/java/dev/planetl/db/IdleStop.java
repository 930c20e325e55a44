package dev.planetl.db;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The watcher {@link IdleTimeout} starts: waits until the embedded server has been idle for its timeout (no lease
 * since {@code var/server.idle} says), then stops it, and ends. It also ends when the server was stopped otherwise
 * ({@code planetl db --stop}) or another watcher replaced it. Logs nothing but its errors (to
 * {@code var/logs/idle-stop.log}): it must stay small, it runs beside the server for as long as the timeout.
 */
public final class IdleStop {

    /** While commands hold leases, look again this often; the last one out moves the idle start anyway. */
    private static final Duration BUSY_POLL = Duration.ofSeconds(30);
    private static final Duration MIN_POLL = Duration.ofMillis(200);

    private IdleStop() {
    }

    /** {@code IdleStop VAR_DIR TOKEN}. */
    public static void main(String[] args) throws Exception {
        Path varDir = Path.of(args[0]);
        String token = args[1];
        Leases leases = new Leases(varDir);
        Duration wait = MIN_POLL;
        while (true) {
            Thread.sleep(wait.toMillis());
            if (!java.nio.file.Files.isDirectory(varDir)) {
                return;
            }
            try (AutoCloseable ignored = leases.lock()) {
                Optional<IdleTimeout.Marker> marker = IdleTimeout.read(varDir);
                if (marker.isEmpty() || !marker.get().token().equals(token)) {
                    return;
                }
                Path dataDir = varDir.resolve("pgdata");
                if (Postmaster.port(dataDir).isEmpty()) {
                    IdleTimeout.clear(varDir);
                    return;
                }
                if (!leases.live().isEmpty()) {
                    wait = min(BUSY_POLL, marker.get().timeout());
                    continue;
                }
                Duration left = Duration.between(Instant.now(), marker.get().due());
                if (left.isNegative() || left.isZero()) {
                    stop(dataDir);
                    IdleTimeout.clear(varDir);
                    return;
                }
                wait = max(MIN_POLL, min(BUSY_POLL, left));
            }
        }
    }

    private static void stop(Path dataDir) {
        try {
            Postmaster.stop(dataDir);
        } catch (IOException e) {
            System.err.println(Instant.now() + " could not stop the embedded server of " + dataDir + ": "
                    + e.getMessage());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
