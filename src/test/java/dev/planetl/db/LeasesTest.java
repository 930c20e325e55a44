package dev.planetl.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Which leases count as live: the process must be there, and be the one that took the lease. */
class LeasesTest {

    @TempDir
    Path var;

    private final ProcessHandle self = ProcessHandle.current();
    private final Instant started = self.info().startInstant().orElseThrow();

    @Test
    void aLeaseTakenByThisProcessIsLive() throws Exception {
        Leases leases = new Leases(var);
        try (AutoCloseable ignored = leases.lock()) {
            Leases.Lease lease = leases.take("ingest");
            assertThat(leases.live()).extracting(Leases.Lease::file).containsExactly(lease.file());
            assertThat(lease.pid()).isEqualTo(self.pid());
        }
    }

    @Test
    void aStartInstantReadASecondOffByAnotherJvmStillNamesTheSameProcess() throws Exception {
        // two JVMs compute a start instant from the boot time each read once, in whole seconds: a clock step
        // between their starts makes them a second apart. Such a lease (here one written without the tick count,
        // as leases were before it) must not be taken for a dead command's, or planetl db --stop stops the server
        // under a running planetl db.
        Path lease = write("db", started.minusSeconds(1).toString(), "");
        Leases leases = new Leases(var);
        try (AutoCloseable ignored = leases.lock()) {
            assertThat(leases.live()).extracting(Leases.Lease::file).containsExactly(lease);
        }
    }

    @Test
    void aProcessThatGotTheDeadCommandsPidIsNotItsHolder() throws Exception {
        Path otherTicks = write("ingest", started.toString(), "1");
        Path longBefore = write("status", started.minus(Duration.ofHours(1)).toString(), "");
        Leases leases = new Leases(var);
        try (AutoCloseable ignored = leases.lock()) {
            List<Leases.Lease> live = leases.live();
            boolean linux = ProcessStart.ticks(self.pid()).isPresent();
            // with the tick count of this process's start at hand, a lease with another count is not this process's
            assertThat(live.stream().map(Leases.Lease::file)).doesNotContain(longBefore);
            if (linux) {
                assertThat(live).isEmpty();
                assertThat(otherTicks).doesNotExist();
            }
            assertThat(longBefore).as("a dead lease is removed").doesNotExist();
        }
    }

    @Test
    void aLeaseOfAProcessThatEndedIsRemoved() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle h = p.toHandle();
        String startedAt = h.info().startInstant().map(Instant::toString).orElse("");
        String ticks = ProcessStart.ticks(h.pid()).orElse("");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path lease = var.resolve("leases").resolve(h.pid() + "-ended");
        Files.createDirectories(lease.getParent());
        Files.writeString(lease, h.pid() + "\n" + startedAt + "\nsql\n" + ticks + "\n", StandardCharsets.UTF_8);
        Leases leases = new Leases(var);
        try (AutoCloseable ignored = leases.lock()) {
            assertThat(leases.live()).isEmpty();
        }
        assertThat(lease).doesNotExist();
    }

    @Test
    void onLinuxTheTickCountAgreesWithTheStartInstant() throws Exception {
        Path procStat = Path.of("/proc/stat");
        if (!Files.isReadable(procStat)) {
            assertThat(ProcessStart.ticks(self.pid())).isEmpty();
            return;
        }
        long bootSeconds = Files.readAllLines(procStat).stream().filter(l -> l.startsWith("btime "))
                .mapToLong(l -> Long.parseLong(l.substring(6).trim())).findFirst().orElseThrow();
        long ticks = Long.parseLong(ProcessStart.ticks(self.pid()).orElseThrow());
        // USER_HZ is 100 on every Linux the JDK runs on
        Instant fromTicks = Instant.ofEpochSecond(bootSeconds).plusMillis(ticks * 10);
        assertThat(Duration.between(fromTicks, started).abs()).isLessThanOrEqualTo(ProcessStart.SAME_START);
    }

    private Path write(String command, String startedAt, String ticks) throws Exception {
        Path lease = var.resolve("leases").resolve(self.pid() + "-" + command);
        Files.createDirectories(lease.getParent());
        Files.writeString(lease, self.pid() + "\n" + startedAt + "\n" + command + "\n" + ticks + "\n",
                StandardCharsets.UTF_8);
        return lease;
    }
}
