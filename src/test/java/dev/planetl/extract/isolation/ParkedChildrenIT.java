package dev.planetl.extract.isolation;

import dev.planetl.extract.Document;
import dev.planetl.extract.ExtractionException;
import dev.planetl.job.Pipelines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Warm children kept across pools ({@link ChildParking}): a closed pool's idle child is adopted by the next pool of
 * the same command line and nobody else, ends itself after its idle time, and a document whose adopted child
 * misbehaves fails with the same reason as in a child of the pool's own.
 */
class ParkedChildrenIT {

    @TempDir
    Path dir;
    private Path park;
    private Path good;
    private final Set<Long> seen = new HashSet<>();

    @BeforeEach
    void files() throws Exception {
        park = dir.resolve("children");
        good = Files.writeString(dir.resolve("good.txt"), "Ⅰ. 추진 배경\n\n예산은 100억원이다.\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void endChildren() throws Exception {
        if (Files.isDirectory(park)) {
            seen.addAll(parkedPids());
        }
        seen.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void aClosedPoolsChildIsAdoptedWarmByTheNextPoolAndByNoOther() throws Exception {
        long first;
        Document extracted;
        try (ExtractionPool a = pool(128, Duration.ofMinutes(5))) {
            extracted = a.extract(good);
            first = onlyChild(a);
        }
        assertThat(alive(first)).isTrue();
        assertThat(parkedPids()).containsExactly(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(park))).isEqualTo("rwx------");

        try (ExtractionPool b = pool(128, Duration.ofMinutes(5))) {
            assertThat(b.extract(good)).isEqualTo(extracted);
            assertThat(onlyChild(b)).isEqualTo(first);
            // adopted: its socket is gone, so another pool of the same command line starts a child of its own
            assertThat(parkedPids()).isEmpty();
            try (ExtractionPool c = pool(128, Duration.ofMinutes(5))) {
                assertThat(c.extract(good)).isEqualTo(extracted);
                assertThat(onlyChild(c)).isNotEqualTo(first);
            }
            assertThat(parkedPids()).hasSize(1).doesNotContain(first);
        }
        assertThat(parkedPids()).hasSize(2).contains(first);
        assertThat(extracted).isEqualTo(Pipelines.extraction().extract(good));
    }

    @Test
    void aPoolOfAnotherHeapStartsItsOwnChildAndLeavesTheParkedOne() throws Exception {
        long parked = parkOne(128, Duration.ofMinutes(5));
        try (ExtractionPool other = pool(160, Duration.ofMinutes(5))) {
            other.extract(good);
            assertThat(onlyChild(other)).isNotEqualTo(parked);
            assertThat(parkedPids()).containsExactly(parked);
        }
    }

    @Test
    void atTheMostAParkingPoolEndsTheLongestWaitingChildOfOtherOptionsToMakeRoom() throws Exception {
        long first = parkOne(128, 2);
        long second = parkOne(160, 2);
        assertThat(parkedPids()).containsExactlyInAnyOrder(first, second);
        long third = parkOne(192, 2);
        awaitEnd(first);
        assertThat(parkedPids()).containsExactlyInAnyOrder(second, third);
        assertThat(alive(second)).isTrue();
    }

    @Test
    void atTheMostWithOnlyChildrenOfItsOwnOptionsWaitingAPoolEndsItsChildInstead() throws Exception {
        long waiting;
        long own;
        try (ExtractionPool a = pool(128, Duration.ofMinutes(5), 1)) {
            a.extract(good);
            own = onlyChild(a);
            waiting = parkOne(128, 1); // a's child is busy: this pool starts one of its own and parks it
            assertThat(waiting).isNotEqualTo(own);
        }
        awaitEnd(own);
        assertThat(parkedPids()).containsExactly(waiting);
    }

    @Test
    void theMostIsANumberOfChildren() {
        assertThat(ChildParking.max(null)).isEqualTo(ChildParking.defaultMax());
        assertThat(ChildParking.max(" 3 ")).isEqualTo(3);
        assertThat(ChildParking.max("0")).isZero();
        assertThat(ChildParking.defaultMax()).isBetween(4, 32);
        assertThat(ChildParking.at(park, Duration.ofMinutes(5), 0)).isEmpty();
        assertThatThrownBy(() -> ChildParking.max("-1")).hasMessageContaining("PLANETL_CHILD_PARK_MAX");
        assertThatThrownBy(() -> ChildParking.max("lots")).hasMessageContaining("'lots'");
    }

    @Test
    void aParkedChildEndsAfterItsIdleTimeAndLeavesNothing() throws Exception {
        long parked = parkOne(128, Duration.ofSeconds(2));
        assertThat(parkedPids()).containsExactly(parked);
        ProcessHandle.of(parked).ifPresent(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        assertThat(alive(parked)).isFalse();
        try (var files = Files.list(park)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void endingTheWaitingChildrenEndsEachParkedOneAndNoneInUse() throws Exception {
        long first = parkOne(128, Duration.ofMinutes(5));
        long second = parkOne(160, Duration.ofMinutes(5));
        try (ExtractionPool busy = pool(192, Duration.ofMinutes(5))) {
            busy.extract(good);
            long inUse = onlyChild(busy);
            assertThat(parkedPids()).containsExactlyInAnyOrder(first, second);

            assertThat(ChildParking.endWaiting(park)).isEqualTo(2);
            for (long pid : List.of(first, second)) {
                ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
                assertThat(alive(pid)).as("parked child %d", pid).isFalse();
            }
            assertThat(alive(inUse)).isTrue();
            assertThat(busy.extract(good).blocks()).isNotEmpty();
        }
        try (var files = Files.list(park)) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> !n.contains("." + first + ".")
                    && !n.contains("." + second + "."));
        }
        assertThat(ChildParking.endWaiting(park)).isEqualTo(1); // the busy pool's child, parked as it closed
    }

    @Test
    void aDocumentWhoseAdoptedChildRunsOutOfMemoryFailsAsTooLargeLikeInAChildOfThePoolsOwn() throws Exception {
        long parked = parkOne(128, Duration.ofMinutes(5));
        Path grows = Files.writeString(dir.resolve("grows.txt"), "x", StandardCharsets.UTF_8);
        try (ExtractionPool b = pool(128, Duration.ofMinutes(5))) {
            assertThatThrownBy(() -> b.extract(grows))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessageStartingWith("TOO_LARGE: " + grows.toAbsolutePath() + ": extraction ran out of memory"
                            + " (child heap 128 MB) and its process (pid ")
                    .hasMessageNotContaining("(pid " + parked + ")")
                    .extracting(e -> ((ExtractionException) e).reason())
                    .isEqualTo(ExtractionException.Reason.TOO_LARGE);
            assertThat(alive(parked)).isFalse();
            assertThat(b.extract(good).blocks()).isNotEmpty();
        }
    }

    @Test
    void anAdoptedChildThatHangsIsKilledAtTheTimeLimit() throws Exception {
        long parked = parkOne(128, Duration.ofMinutes(5));
        Path hangs = Files.writeString(dir.resolve("hangs.txt"), "x", StandardCharsets.UTF_8);
        try (ExtractionPool b = new ExtractionPool(new ExtractionPool.ChildSettings(128, Duration.ofSeconds(5),
                MisbehavingExtractions.class.getName()), 1, null, System.getProperty("java.class.path"),
                ChildParking.at(park, Duration.ofMinutes(5)).orElseThrow())) {
            assertThatThrownBy(() -> b.extract(hangs))
                    .isInstanceOf(ExtractionException.class)
                    .hasMessage("TIMEOUT: " + hangs.toAbsolutePath() + ": extraction took longer than 5 s and its"
                            + " process (pid " + parked + ") was stopped");
            ProcessHandle.of(parked).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
            assertThat(alive(parked)).isFalse();
            assertThat(b.extract(good).blocks()).isNotEmpty();
        }
    }

    /** The child of a pool that extracted one file and closed: parked now. */
    private long parkOne(int heapMegabytes, Duration idle) throws Exception {
        return parkOne(pool(heapMegabytes, idle));
    }

    /** The same, with at most {@code max} children waiting; parked unless there was no room. */
    private long parkOne(int heapMegabytes, int max) throws Exception {
        return parkOne(pool(heapMegabytes, Duration.ofMinutes(5), max));
    }

    private long parkOne(ExtractionPool pool) throws Exception {
        try (ExtractionPool a = pool) {
            a.extract(good);
            return onlyChild(a);
        }
    }

    private ExtractionPool pool(int heapMegabytes, Duration idle) {
        return pool(heapMegabytes, idle, 8);
    }

    private ExtractionPool pool(int heapMegabytes, Duration idle, int max) {
        // the time limit must outlast a cold child's first extraction of a small text on a loaded 2-core machine
        return new ExtractionPool(new ExtractionPool.ChildSettings(heapMegabytes, Duration.ofSeconds(60),
                MisbehavingExtractions.class.getName()), 1, null, System.getProperty("java.class.path"),
                ChildParking.at(park, idle, max).orElseThrow());
    }

    private static void awaitEnd(long pid) {
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        assertThat(alive(pid)).as("child %d", pid).isFalse();
    }

    private long onlyChild(ExtractionPool pool) {
        List<Long> pids = pool.idlePids();
        assertThat(pids).hasSize(1);
        seen.add(pids.get(0));
        return pids.get(0);
    }

    private List<Long> parkedPids() throws Exception {
        try (var files = Files.list(park)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sock"))
                    .map(n -> Long.parseLong(n.split("\\.")[1])).toList();
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
