package dev.planetl.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether the idle watcher a marker names still runs: its pid alone is not enough, as for a command's lease. */
class IdleTimeoutTest {

    @TempDir
    Path var;

    private final ProcessHandle self = ProcessHandle.current();

    @Test
    void aMarkerKeepsItsWatchersStartAcrossAWriteAndARead() throws Exception {
        IdleTimeout.Marker marker = new IdleTimeout.Marker(Instant.parse("2026-12-03T10:00:00Z"),
                Duration.ofMinutes(10), "token", ProcessStart.of(self));
        IdleTimeout.write(var, marker);
        assertThat(IdleTimeout.read(var)).contains(marker);
        assertThat(IdleTimeout.read(var).orElseThrow().watcherAlive()).isTrue();
    }

    @Test
    void aProcessThatGotADeadWatchersPidIsNotTheWatcher() throws Exception {
        // this process stands for a later one that got the dead watcher's pid: its start is not the one recorded
        String otherStart = self.info().startInstant().orElseThrow().minus(Duration.ofHours(1)).toString();
        IdleTimeout.write(var, new IdleTimeout.Marker(Instant.now(), Duration.ofMinutes(10), "token",
                new ProcessStart(self.pid(), otherStart, ProcessStart.ticks(self.pid()).isPresent() ? "1" : "")));
        assertThat(IdleTimeout.read(var).orElseThrow().watcherAlive()).isFalse();
    }

    @Test
    void aMarkerWrittenBeforeTheStartWasRecordedStillNamesALiveWatcher() throws Exception {
        Files.writeString(var.resolve(IdleTimeout.FILE), "2026-12-03T10:00:00Z\nPT10M\ntoken\n" + self.pid() + "\n",
                StandardCharsets.UTF_8);
        IdleTimeout.Marker marker = IdleTimeout.read(var).orElseThrow();
        assertThat(marker.watcherPid()).isEqualTo(self.pid());
        assertThat(marker.watcherAlive()).isTrue();
    }
}
