package dev.planetl.extract.isolation;

import dev.planetl.extract.Document;
import dev.planetl.extract.Extraction;
import dev.planetl.extract.ExtractionException;
import dev.planetl.job.Pipelines;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The extraction children under misbehaving parsers ({@link MisbehavingExtractions}): a hang, an unbounded
 * allocation and a kill -9 each fail that document with the reason and cost that child only; the next document
 * is extracted by a fresh child; and a document crosses from child to parent unchanged.
 */
class ExtractionPoolIT {

    private static final Path SAMPLES = Path.of("sample-docs");

    @TempDir
    static Path unpackedParent;
    private static Path unpacked;

    @TempDir
    Path dir;
    private ExtractionPool pool;
    private Path good;

    @BeforeEach
    void startPool() throws Exception {
        // the limit must outlast a cold child's first extraction of a small text on a loaded 2-core machine (8 s
        // did not, at load 18), and still stop the hung parser
        pool = new ExtractionPool(new ExtractionPool.ChildSettings(128, Duration.ofSeconds(20),
                MisbehavingExtractions.class.getName()));
        good = Files.writeString(dir.resolve("good.txt"), "Ⅰ. 추진 배경\n\n예산은 100억원이다.\n", StandardCharsets.UTF_8);
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Test
    void fourCallersOfAPoolOfTwoChildrenShareTwoChildren() throws Exception {
        // each extraction pauses two seconds, so the four callers overlap: a pool without the bound starts four
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try (ExtractionPool two = new ExtractionPool(new ExtractionPool.ChildSettings(128, Duration.ofSeconds(60),
                MisbehavingExtractions.class.getName()), 2)) {
            List<CompletableFuture<Document>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path file = Files.writeString(dir.resolve("pauses" + i + ".txt"), "예산은 100억원이다.\n",
                        StandardCharsets.UTF_8);
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return two.extract(file);
                    } catch (ExtractionException e) {
                        throw new IllegalStateException(e);
                    }
                }, callers));
            }
            for (CompletableFuture<Document> call : calls) {
                assertThat(call.get(5, TimeUnit.MINUTES).blocks()).isNotEmpty();
            }
            assertThat(two.idlePids()).hasSize(2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aChildStartedAheadTakesTheFirstDocument() throws Exception {
        pool.startAhead();
        for (int i = 0; i < 240 && pool.idlePids().isEmpty(); i++) {
            Thread.sleep(500);
        }
        long ahead = onlyIdleChild();
        pool.extract(good);
        assertThat(onlyIdleChild()).isEqualTo(ahead);
    }

    @Test
    void aHungParserIsKilledAtTheTimeLimitAndTheNextDocumentGetsAFreshChild() throws Exception {
        Document first = pool.extract(good);
        long firstChild = onlyIdleChild();
        Path hangs = Files.writeString(dir.resolve("hangs.txt"), "x", StandardCharsets.UTF_8);

        long start = System.nanoTime();
        assertThatThrownBy(() -> pool.extract(hangs))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("TIMEOUT: " + hangs.toAbsolutePath() + ": extraction took longer than 20 s and its process"
                        + " (pid " + firstChild + ") was stopped")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(20),
                Duration.ofSeconds(60));
        assertThat(ProcessHandle.of(firstChild).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(pool.idlePids()).isEmpty();
        // nothing of the hung extraction is left in this JVM: no worker thread, no reader of the dead child
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive()
                && (t.getName().startsWith("extract ") || t.getName().contains("child " + firstChild)));

        assertThat(pool.extract(good)).isEqualTo(first);
        assertThat(onlyIdleChild()).isNotEqualTo(firstChild);
    }

    @Test
    void aParserThatFillsTheChildHeapFailsAsTooLargeAndTheNextDocumentGetsAFreshChild() throws Exception {
        Path grows = Files.writeString(dir.resolve("grows.txt"), "x", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> pool.extract(grows))
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("TOO_LARGE: " + grows.toAbsolutePath() + ": extraction ran out of memory"
                        + " (child heap 128 MB) and its process (pid ")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.TOO_LARGE);

        assertThat(pool.extract(good).blocks()).isNotEmpty();
        assertThat(pool.idlePids()).hasSize(1);
    }

    @Test
    void aChildKilledMidExtractionFailsThatDocumentAsCrashedAndTheNextDocumentGetsAFreshChild() throws Exception {
        pool.extract(good);
        long child = onlyIdleChild();
        Path waits = Files.writeString(dir.resolve("waits.txt"), "x", StandardCharsets.UTF_8);
        CompletableFuture<Document> running = CompletableFuture.supplyAsync(() -> {
            try {
                return pool.extract(waits);
            } catch (ExtractionException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!pool.idlePids().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(1_000); // the child has the request and is parked in the extractor

        assertThat(ProcessHandle.of(child).orElseThrow().destroyForcibly()).isTrue(); // SIGKILL on Linux

        assertThatThrownBy(() -> running.get(20, TimeUnit.SECONDS))
                .cause()
                .isInstanceOf(ExtractionException.class)
                .hasMessageStartingWith("CRASHED: " + waits.toAbsolutePath() + ": the extraction process (pid " + child
                        + ") died without an answer (exit code 137, killed by signal 9)");
        assertThat(pool.extract(good).blocks()).isNotEmpty();
        assertThat(onlyIdleChild()).isNotEqualTo(child);
    }

    @Test
    void aDocumentCrossesFromTheChildUnchanged() throws Exception {
        Extraction inProcess = Pipelines.extraction();
        pool.close();
        // a cold child on a busy machine may take many seconds over a first DOCX or HWP
        pool = new ExtractionPool(new ExtractionPool.ChildSettings(256, Duration.ofSeconds(120),
                "dev.planetl.job.ChildExtractions"));
        List<String> samples = List.of("000_c6a735280eeffe22.hwp", "000_c6a735280eeffe22.ruled.pdf",
                "001_69b5d0863f4d8d05.docx", "001_69b5d0863f4d8d05.hwpx", "003_ec70c1f9ee5d3b28.html",
                "002_051c73b7d6606d90.txt");
        for (String sample : samples) {
            Path file = SAMPLES.resolve(sample).toAbsolutePath();
            assertThat(pool.extract(file)).as(sample).isEqualTo(inProcess.extract(file));
        }
        assertThat(pool.idlePids()).hasSize(1);
    }

    @Test
    void aRefusalInTheChildComesBackWithItsReason() throws Exception {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);

        assertThatThrownBy(() -> pool.extract(empty))
                .isInstanceOf(ExtractionException.class)
                .hasMessage(empty.toAbsolutePath() + ": the file is empty (0 bytes)")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(ExtractionException.Reason.EMPTY);
        assertThat(pool.idlePids()).hasSize(1);
    }

    @Test
    void theFirstChildRecordsTheClassArchiveAndLaterChildrenMapIt() throws Exception {
        Path file = SAMPLES.resolve("000_c6a735280eeffe22.ruled.pdf").toAbsolutePath();
        ChildArchive archive = new ChildArchive(dir.resolve("child.jsa"));
        Document recorded;
        try (ExtractionPool first = packagedPool(archive)) {
            recorded = first.extract(file);
            assertThat(arguments(first.idlePids().get(0))).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
            assertThat(archive.path()).doesNotExist();
        }
        // written as the child ended, then moved in: PDFBox's and Tika's classes are some megabytes of it
        assertThat(Files.size(archive.path())).isGreaterThan(4L << 20);
        assertThat(recordingsLeft()).isEmpty();

        try (ExtractionPool later = packagedPool(archive)) {
            assertThat(later.extract(file)).isEqualTo(recorded);
            assertThat(arguments(later.idlePids().get(0))).contains("-XX:SharedArchiveFile=" + archive.path());
        }
        assertThat(recorded).isEqualTo(Pipelines.extraction().extract(file));
    }

    @Test
    void aDamagedClassArchiveCostsOnlyTheSharing() throws Exception {
        ChildArchive archive = new ChildArchive(dir.resolve("child.jsa"));
        Files.write(archive.path(), "not a class archive".getBytes(StandardCharsets.US_ASCII));
        try (ExtractionPool damaged = packagedPool(archive)) {
            assertThat(damaged.extract(good)).isEqualTo(Pipelines.extraction().extract(good));
            assertThat(arguments(damaged.idlePids().get(0))).contains("-XX:SharedArchiveFile=" + archive.path());
        }
    }

    @Test
    void aRecordingChildThatIsKilledLeavesNoArchiveAndTheNextChildRecords() throws Exception {
        ChildArchive archive = new ChildArchive(dir.resolve("child.jsa"));
        try (ExtractionPool killed = packagedPool(archive)) {
            killed.extract(good);
            long child = killed.idlePids().get(0);
            assertThat(ProcessHandle.of(child).orElseThrow().destroyForcibly()).isTrue();
            ProcessHandle.of(child).ifPresent(p -> p.onExit().join());

            assertThat(killed.extract(good).blocks()).isNotEmpty(); // a fresh child, recording in its turn
            assertThat(archive.path()).doesNotExist();
            assertThat(recordingsLeft()).isEmpty();
            assertThat(arguments(killed.idlePids().get(0))).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
        }
        assertThat(archive.path()).isRegularFile();
        assertThat(recordingsLeft()).isEmpty();
    }

    /** A pool whose children run on the packaged jar, unpacked as the launcher does (a folder cannot be archived). */
    private static ExtractionPool packagedPool(ChildArchive archive) throws Exception {
        return new ExtractionPool(new ExtractionPool.ChildSettings(256, Duration.ofSeconds(120),
                "dev.planetl.job.ChildExtractions"), 1, archive, unpackedJar().toString());
    }

    private static synchronized Path unpackedJar() throws Exception {
        if (unpacked == null) {
            Path jar = Path.of("target", "planetl.jar").toAbsolutePath();
            assertThat(jar).as("the packaged jar (failsafe runs after package)").isRegularFile();
            Path app = unpackedParent.resolve("app");
            Process tools = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(tools.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(tools.exitValue()).isZero();
            unpacked = app.resolve("planetl.jar");
        }
        return unpacked;
    }

    private List<String> recordingsLeft() throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".recording")).toList();
        }
    }

    /** The child's command line as the kernel has it (ProcessHandle.Info gives none for a line this long). */
    private static List<String> arguments(long pid) throws java.io.IOException {
        return List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0"));
    }

    private long onlyIdleChild() {
        assertThat(pool.idlePids()).hasSize(1);
        return pool.idlePids().get(0);
    }
}
