package dev.planetl.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which commands use the embedded server: one lease file per command under {@code var/leases/}, naming its
 * process. The server stops when the last lease is returned; a lease whose process is gone (killed) no longer
 * counts. Every change happens under {@link #lock}, a file lock on {@code var/server.lock}, which also makes
 * starting the server one command's job when several start at once.
 */
final class Leases {

    /**
     * One command's hold on the server. A process is told from a later one that got its pid by when it started:
     * on Linux by its start in clock ticks since boot ({@code /proc/PID/stat}), which no clock change moves;
     * elsewhere, or for a lease written without it, by its start instant within {@link #SAME_START} (a JVM computes
     * that instant from the boot time it read once, in whole seconds, so two JVMs can differ by a second when the
     * clock was stepped between their starts).
     */
    record Lease(Path file, long pid, String startedAt, String command, String startTicks) {

        boolean alive() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(this::startedAsRecorded).orElse(false);
        }

        private boolean startedAsRecorded(ProcessHandle p) {
            Optional<String> ticks = Leases.startTicks(p.pid());
            if (!startTicks.isEmpty() && ticks.isPresent()) {
                return startTicks.equals(ticks.get());
            }
            if (startedAt.isEmpty()) {
                return true;
            }
            try {
                Instant recorded = Instant.parse(startedAt);
                return p.info().startInstant()
                        .map(s -> Duration.between(recorded, s).abs().compareTo(SAME_START) <= 0).orElse(true);
            } catch (DateTimeParseException e) {
                return true;
            }
        }
    }

    /** How far two readings of one process's start instant may differ (see {@link Lease}). */
    static final Duration SAME_START = Duration.ofSeconds(5);

    private final Path dir;
    private final Path lockFile;

    Leases(Path varDir) {
        this.dir = varDir.resolve("leases");
        this.lockFile = varDir.resolve("server.lock");
    }

    /** Holds the server lock until closed; waits for another command to finish starting or stopping. */
    AutoCloseable lock() throws IOException {
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.lock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return () -> {
            lock.release();
            channel.close();
        };
    }

    /** Takes a lease for this process; call under the lock. */
    Lease take(String command) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String startedAt = self.info().startInstant().map(Instant::toString).orElse("");
        String ticks = startTicks(self.pid()).orElse("");
        Path file = dir.resolve(self.pid() + "-" + UUID.randomUUID());
        Files.writeString(file, self.pid() + "\n" + startedAt + "\n" + command + "\n" + ticks + "\n",
                StandardCharsets.UTF_8);
        return new Lease(file, self.pid(), startedAt, command, ticks);
    }

    /** The leases of live processes; those of dead ones are removed. Call under the lock. */
    List<Lease> live() throws IOException {
        List<Lease> live = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return live;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Optional<Lease> lease = read(f);
                if (lease.isPresent() && lease.get().alive()) {
                    live.add(lease.get());
                } else {
                    Files.deleteIfExists(f);
                }
            }
        }
        return live;
    }

    private static Optional<Lease> read(Path f) {
        try {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            return Optional.of(new Lease(f, Long.parseLong(lines.get(0).trim()), lines.size() > 1 ? lines.get(1) : "",
                    lines.size() > 2 ? lines.get(2) : "?", lines.size() > 3 ? lines.get(3).trim() : ""));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A process's start in clock ticks after boot: field 22 of {@code /proc/PID/stat}, read after the last
     * {@code )} since the command name before it may hold spaces; empty where there is no such file.
     */
    static Optional<String> startTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.ISO_8859_1);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split("\\s+");
            // fields[0] is field 3 (the state), so field 22 is fields[19]
            return fields.length > 19 && fields[19].chars().allMatch(Character::isDigit)
                    ? Optional.of(fields[19]) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
