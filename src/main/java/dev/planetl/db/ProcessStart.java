package dev.planetl.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A process as a file under {@code var/} records it, to tell it later from another process that got its pid: on
 * Linux by its start in clock ticks since boot ({@code /proc/PID/stat}), which no clock change moves; elsewhere, or
 * for a record written without it, by its start instant within {@link #SAME_START} (a JVM computes that instant
 * from the boot time it read once, in whole seconds, so two JVMs can differ by a second when the clock was stepped
 * between their starts). When in doubt it counts as the same process: the records that use it (a command's lease,
 * the idle watcher) cost less when a dead process is taken for alive than the other way round.
 *
 * @param startedAt the start instant as {@link Instant#toString()} wrote it, or empty
 * @param startTicks the start in clock ticks since boot, or empty
 */
record ProcessStart(long pid, String startedAt, String startTicks) {

    /** How far two readings of one process's start instant may differ. */
    static final Duration SAME_START = Duration.ofSeconds(5);

    static ProcessStart of(ProcessHandle process) {
        return new ProcessStart(process.pid(), process.info().startInstant().map(Instant::toString).orElse(""),
                ticks(process.pid()).orElse(""));
    }

    /** Whether the process recorded still runs. */
    boolean alive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(this::startedAsRecorded).orElse(false);
    }

    private boolean startedAsRecorded(ProcessHandle p) {
        Optional<String> ticks = ticks(p.pid());
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

    /**
     * A process's start in clock ticks after boot: field 22 of {@code /proc/PID/stat}, read after the last
     * {@code )} since the command name before it may hold spaces; empty where there is no such file.
     */
    static Optional<String> ticks(long pid) {
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
