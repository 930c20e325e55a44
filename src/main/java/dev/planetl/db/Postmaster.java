package dev.planetl.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The PostgreSQL server process of a data directory, as its postmaster.pid describes it. */
final class Postmaster {

    private Postmaster() {
    }

    /** Fast shutdown (sessions are ended, the data is consistent) through the server's own pg_ctl. */
    static void stop(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = pid(dataDir).flatMap(ProcessHandle::of);
        if (postmaster.isEmpty()) {
            return;
        }
        Optional<Path> pgCtl = postmaster.get().info().command().map(c -> Path.of(c).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            try {
                Process p = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", dataDir.toString(), "-m", "fast",
                        "-w", "-t", "60").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (p.waitFor(90, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ProcessHandle pm = postmaster.get();
        pm.destroy(); // SIGTERM: PostgreSQL's smart shutdown
        pm.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(t -> pm).join();
    }

    private static Optional<Long> pid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The port recorded in postmaster.pid (line 4), if the file is there. */
    static Optional<Integer> port(Path dataDir) {
        Path pid = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pid, StandardCharsets.UTF_8);
            return lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
