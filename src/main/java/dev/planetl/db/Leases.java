package dev.planetl.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /** One command's hold on the server; its process is told from a later one with its pid by {@link ProcessStart}. */
    record Lease(Path file, String command, ProcessStart process) {

        long pid() {
            return process.pid();
        }

        boolean alive() {
            return process.alive();
        }
    }

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
        ProcessStart self = ProcessStart.of(ProcessHandle.current());
        Path file = dir.resolve(self.pid() + "-" + UUID.randomUUID());
        Files.writeString(file, self.pid() + "\n" + self.startedAt() + "\n" + command + "\n" + self.startTicks()
                + "\n", StandardCharsets.UTF_8);
        return new Lease(file, command, self);
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
            return Optional.of(new Lease(f, lines.size() > 2 ? lines.get(2) : "?",
                    new ProcessStart(Long.parseLong(lines.get(0).trim()), lines.size() > 1 ? lines.get(1) : "",
                            lines.size() > 3 ? lines.get(3).trim() : "")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
