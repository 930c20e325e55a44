package dev.planetl.job;

import dev.planetl.db.Warehouse;
import dev.planetl.job.remote.RemoteSettings;
import dev.planetl.job.remote.WatchedPartitionHandler;
import dev.planetl.testing.CommandOutput;
import dev.planetl.testing.FixtureDocuments;
import dev.planetl.testing.FixturePipeline;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remote partitioning through the warehouse: a manager ({@code ingest --remote}, in this JVM) and workers, each a
 * JVM of its own with its own Spring context, against one warehouse. Together they land each fact once. A worker
 * killed with SIGKILL mid-partition loses its partition to a live worker within the same command; with no retries
 * left the command exits 3 and the next run resumes it. A worker slower per document than the worker timeout is
 * not taken for dead: its heartbeat, not its progress, says it is alive. A run with no worker alive stops after the
 * manager's no-worker timeout with exit 3 instead of waiting out its timeout, and the next run resumes it. A manager
 * killed with SIGKILL mid-run (in a JVM of its own) is resumed by the next one, with each line once.
 */
class RemoteWorkersIT {

    private static final int DOCUMENTS = 12;
    /** The manager's worker timeout; the workers beat every second. */
    private static final Duration WORKER_TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path docs;

    @TempDir
    Path logs;

    @Test
    void twoWorkersLandEachFactOnce() throws Exception {
        FixtureDocuments.write(docs, DOCUMENTS);
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            // given a manager that hands out the run, and two workers that join the warehouse
            CompletableFuture<IngestRunner.Outcome> run = CompletableFuture.supplyAsync(() -> manage(w, 6, 2));
            Process one = worker(w, 600, 1, 20);
            Process two = worker(w, 600, 2, 20);

            // when the run ends
            IngestRunner.Outcome outcome = run.get(5, TimeUnit.MINUTES);

            // then every line is in the warehouse once, each document read by one of the workers (the manager
            // reads none), and planetl status names the worker of each document
            assertThat(outcome.exitCode()).as(outcome.summary()).isZero();
            FixtureDocuments.assertEachLineOnce(jdbc, DOCUMENTS);
            assertThat(jdbc.queryForList("select distinct worker_pid from staging.document", Long.class))
                    .isNotEmpty().isSubsetOf(one.pid(), two.pid());
            assertStatusNamesTheWorkers(w, one.pid(), two.pid());
            // and, with nothing more to do, they end by themselves (--exit-when-idle)
            assertThat(one.waitFor(180, TimeUnit.SECONDS) && two.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(one.exitValue()).isZero();
            assertThat(jdbc.queryForObject("select count(*) from staging.worker where stopped_at is not null",
                    Integer.class)).isEqualTo(2);
        }
    }

    @Test
    void aWorkerKilledMidPartitionIsReplacedWithinTheSameCommand() throws Exception {
        FixtureDocuments.write(docs, DOCUMENTS);
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            CompletableFuture<IngestRunner.Outcome> run = CompletableFuture.supplyAsync(() -> manage(w, 6, 2));
            Process doomed = worker(w, 1500, 1, 300);
            awaitTrue(() -> workers(jdbc) == 1, "the first worker registered");
            Process survivor = worker(w, 1500, 2, 300);

            // when the first worker is killed with SIGKILL after it staged a document, in the middle of a partition
            int stagedByDoomed = killMidPartition(jdbc, doomed);
            IngestRunner.Outcome outcome = run.get(5, TimeUnit.MINUTES);

            // then the same command finishes the run: the survivor read the killed worker's partition too
            assertThat(outcome.resumed()).isFalse();
            assertThat(outcome.exitCode()).as(outcome.summary()).isZero();
            assertThat(jdbc.queryForList("select status from batch.batch_job_execution", String.class))
                    .containsExactly("COMPLETED");
            FixtureDocuments.assertEachLineOnce(jdbc, DOCUMENTS);
            assertThat(stagedBy(jdbc, doomed.pid())).isEqualTo(stagedByDoomed);
            assertThat(stagedBy(jdbc, survivor.pid())).isEqualTo(DOCUMENTS - stagedByDoomed);
            // the killed worker's step execution failed as lost, and a later one of the same partition completed
            assertThat(jdbc.queryForList("select distinct step_name from batch.batch_step_execution "
                    + "where exit_code = ?", String.class, WatchedPartitionHandler.WORKER_LOST)).hasSize(1);
            assertThat(lastOfEachPartition(jdbc)).hasSize(6).allSatisfy(row -> assertThat(row).isEqualTo("COMPLETED"));
            assertStatusNamesTheWorkers(w, doomed.pid(), survivor.pid());
            survivor.destroyForcibly();
        }
    }

    @Test
    void aWorkerKilledWithNoRetriesLeftExitsThreeAndTheNextRunResumes() throws Exception {
        FixtureDocuments.write(docs, DOCUMENTS);
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            CompletableFuture<IngestRunner.Outcome> first = CompletableFuture.supplyAsync(() -> manage(w, 6, 0));
            Process doomed = worker(w, 1500, 1, 300);
            awaitTrue(() -> workers(jdbc) == 1, "the first worker registered");
            Process survivor = worker(w, 1500, 2, 300);

            int stagedByDoomed = killMidPartition(jdbc, doomed);
            IngestRunner.Outcome died = first.get(5, TimeUnit.MINUTES);

            // then the manager noticed (the run failed instead of waiting for its timeout) and exits 3, which a
            // scheduler retries; the same command run again resumes the run on the surviving worker
            assertThat(died.exitCode()).as(died.summary()).isEqualTo(3);
            assertThat(pending(jdbc)).isPositive();
            resumeOnce(w, jdbc);
            // what the killed worker staged stayed staged (and was not read again); the survivor read the rest
            assertThat(stagedBy(jdbc, doomed.pid())).isEqualTo(stagedByDoomed);
            assertThat(stagedBy(jdbc, survivor.pid())).isEqualTo(DOCUMENTS - stagedByDoomed);
            survivor.destroyForcibly();
        }
    }

    @Test
    void aWorkerSlowerThanTheTimeoutIsNotTakenForDead() throws Exception {
        // given three documents in one partition, each taking 8 s, against a worker timeout of 5 s
        int documents = 3;
        FixtureDocuments.write(docs, documents);
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            CompletableFuture<IngestRunner.Outcome> run = CompletableFuture.supplyAsync(() -> manage(w, 1, 2));
            Process slow = worker(w, 8000, 1, 60);

            IngestRunner.Outcome outcome = run.get(5, TimeUnit.MINUTES);

            // then its one partition ran once, to the end, and nothing was sent again
            assertThat(outcome.exitCode()).as(outcome.summary()).isZero();
            FixtureDocuments.assertEachLineOnce(jdbc, documents);
            assertThat(jdbc.queryForList("select status from batch.batch_step_execution "
                    + "where step_name like 'processDocuments:%'", String.class)).containsExactly("COMPLETED");
            assertThat(stagedBy(jdbc, slow.pid())).isEqualTo(documents);
            slow.destroyForcibly();
        }
    }

    @Test
    void aRunNoWorkerIsAliveForStopsWithExitThreeAndTheNextRunResumes() throws Exception {
        FixtureDocuments.write(docs, DOCUMENTS);
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            // given no worker at all, and a manager that waits 3 s for one (its run's timeout is 4 min)
            IngestRunner.Outcome nobody = manage(w, 4, 2, Duration.ofSeconds(3));

            // then it does not wait out its timeout: every partition fails as having no worker, and the run exits
            // 3 (retry later) with every document still pending
            assertThat(nobody.exitCode()).as(nobody.summary()).isEqualTo(3);
            assertThat(jdbc.queryForList("select exit_code || ': ' || exit_message from batch.batch_step_execution "
                    + "where step_name like 'processDocuments:%'", String.class)).hasSize(4)
                    .allSatisfy(s -> assertThat(s).startsWith(WatchedPartitionHandler.WORKER_LOST + ": no worker was "
                            + "alive for 3 s"));
            assertThat(pending(jdbc)).isEqualTo(DOCUMENTS);

            // when a worker joins and the same command runs again, it resumes the run and lands each line once
            Process late = worker(w, 100, 1, 20);
            awaitTrue(() -> workers(jdbc) == 1, "the worker registered");
            IngestRunner.Outcome resumed = manage(w, 4, 2, Duration.ofSeconds(3));
            assertThat(resumed.resumed()).isTrue();
            assertThat(resumed.exitCode()).as(resumed.summary()).isZero();
            FixtureDocuments.assertEachLineOnce(jdbc, DOCUMENTS);
            assertThat(stagedBy(jdbc, late.pid())).isEqualTo(DOCUMENTS);
            late.destroyForcibly();
        }
    }

    @Test
    void aManagerKilledMidRunIsResumedByTheNextOneWithEachLineOnce() throws Exception {
        FixtureDocuments.write(docs, DOCUMENTS);
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            Process reader = worker(w, 1500, 1, 300);
            awaitTrue(() -> workers(jdbc) == 1, "the worker registered");
            // given a manager in a JVM of its own, killed with SIGKILL once its worker staged a document
            Process manager = manager(w, 6);
            awaitTrue(() -> stagedBy(jdbc, reader.pid()) >= 1, "the worker mid-way");
            manager.destroyForcibly();
            assertThat(manager.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(pending(jdbc)).isPositive();

            // when the same command runs again: it finds the killed run, marks it failed and resumes it
            resumeOnce(w, jdbc);
            // no partition is left marked running, and every partition's latest execution completed
            assertThat(jdbc.queryForObject("select count(*) from batch.batch_step_execution where status in "
                    + "('STARTING', 'STARTED')", Integer.class)).isZero();
            assertThat(lastOfEachPartition(jdbc)).hasSize(6).containsOnly("COMPLETED");
            assertThat(stagedBy(jdbc, reader.pid())).isEqualTo(DOCUMENTS);
            reader.destroyForcibly();
        }
    }

    /**
     * The same command run again (6 partitions, no retries): it resumes the failed or killed run, which completes
     * with each line once, the run before it marked failed.
     */
    private void resumeOnce(Warehouse w, JdbcTemplate jdbc) {
        IngestRunner.Outcome resumed = manage(w, 6, 0);
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.exitCode()).as(resumed.summary()).isZero();
        FixtureDocuments.assertEachLineOnce(jdbc, DOCUMENTS);
        assertThat(jdbc.queryForList("select status from batch.batch_job_execution order by job_execution_id",
                String.class)).containsExactly("FAILED", "COMPLETED");
    }

    private static int pending(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from staging.run_document where state = 'pending'",
                Integer.class);
    }

    /** Kills the worker with SIGKILL once it staged a document and reads a partition; what it had staged. */
    private static int killMidPartition(JdbcTemplate jdbc, Process doomed) throws InterruptedException {
        awaitTrue(() -> stagedBy(jdbc, doomed.pid()) >= 1 && reading(jdbc, doomed.pid()), "the worker mid-way");
        doomed.destroyForcibly();
        doomed.waitFor(30, TimeUnit.SECONDS);
        int staged = stagedBy(jdbc, doomed.pid());
        assertThat(staged).isBetween(1, DOCUMENTS - 1);
        return staged;
    }

    /** planetl status: each document's "read by" is one of the workers, with its host and pid. */
    private static void assertStatusNamesTheWorkers(Warehouse w, long... pids) {
        CommandOutput status = CommandOutput.run("status", "--db-url", TestPostgres.cliUrl(w));
        assertThat(status.exit()).isZero();
        List<String> readBy = new ArrayList<>();
        for (long pid : pids) {
            readBy.add(WorkerId.current().host() + " pid " + pid);
        }
        List<String> rows = status.stdout().lines().map(String::strip)
                .filter(l -> l.matches("\\d\\d\\.txt .*")).toList();
        assertThat(rows).hasSize(DOCUMENTS)
                .allSatisfy(row -> assertThat(readBy).anySatisfy(worker -> assertThat(row).contains(worker)));
    }

    /** The status of the latest step execution of each partition. */
    private static List<String> lastOfEachPartition(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select distinct on (step_name) status from batch.batch_step_execution
                where step_name like 'processDocuments:%' order by step_name, step_execution_id desc""",
                String.class);
    }

    /** The manager: splits the run into {@code partitions}, declares a partition silent for 5 s lost. */
    private IngestRunner.Outcome manage(Warehouse w, int partitions, int retries) {
        return manage(w, partitions, retries, RemoteSettings.DEFAULT_NO_WORKER_TIMEOUT);
    }

    private IngestRunner.Outcome manage(Warehouse w, int partitions, int retries, Duration noWorkerTimeout) {
        try (var ctx = IngestContext.startRemote(w.dataSource(), JobDefinition.defaults(),
                new FixturePipeline("fixture-1"), ProgressSink.lines(new PrintStream(PrintStream.nullOutputStream())),
                new RemoteSettings(partitions, Duration.ofMinutes(4), WORKER_TIMEOUT, retries, noWorkerTimeout))) {
            return IngestContext.runner(ctx).run(docs.toString(), null, false, "ingest");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A manager in a JVM of its own ({@link dev.planetl.testing.FixtureManagerMain}), no retries. */
    private Process manager(Warehouse w, int partitions) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", cp, "dev.planetl.testing.FixtureManagerMain", w.jdbcUrl(), TestPostgres.user(),
                TestPostgres.password(), docs.toString(), Integer.toString(partitions));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve("manager.log").toFile())
                .start();
    }

    private Process worker(Warehouse w, long delayMs, int n, int idleSeconds) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", cp, "dev.planetl.testing.FixtureWorkerMain",
                w.jdbcUrl(), TestPostgres.user(), TestPostgres.password(), Long.toString(delayMs),
                Integer.toString(idleSeconds)));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve("worker-" + n + ".log").toFile()).start();
    }

    private static int workers(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from staging.worker where stopped_at is null", Integer.class);
    }

    private static int stagedBy(JdbcTemplate jdbc, long pid) {
        return jdbc.queryForObject("select count(*) from staging.run_document where worker_pid = ? "
                + "and state <> 'pending'", Integer.class, pid);
    }

    private static boolean reading(JdbcTemplate jdbc, long pid) {
        return jdbc.queryForObject("select count(*) from staging.worker_partition p join staging.worker w "
                + "on w.id = p.worker_id where w.pid = ?", Integer.class, pid) > 0;
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(300));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
