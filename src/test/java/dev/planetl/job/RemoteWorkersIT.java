package dev.planetl.job;

import dev.planetl.db.Warehouse;
import dev.planetl.job.remote.RemoteSettings;
import dev.planetl.testing.FixturePipeline;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * Remote partitioning through the warehouse: a manager ({@code ingest --remote}, in this JVM) and two workers,
 * each a JVM of its own with its own Spring context, against one warehouse. Together they land each fact once;
 * and when one worker is killed with SIGKILL mid-partition, the manager fails that partition after the worker
 * timeout and the next run of the same command re-runs it, losing nothing and doubling nothing.
 */
class RemoteWorkersIT {

    private static final int DOCUMENTS = 12;

    @TempDir
    Path docs;

    @TempDir
    Path logs;

    @Test
    void twoWorkersLandEachFactOnce() throws Exception {
        writeDocuments();
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            // given a manager that hands out the run, and two workers that join the warehouse
            CompletableFuture<IngestRunner.Outcome> run = CompletableFuture.supplyAsync(() -> manage(w));
            Process one = worker(w, 600, 1, 20);
            Process two = worker(w, 600, 2, 20);

            // when the run ends
            IngestRunner.Outcome outcome = run.get(5, TimeUnit.MINUTES);

            // then every line is in the warehouse once, each document read by one of the workers (the manager
            // reads none)
            assertThat(outcome.exitCode()).as(outcome.summary()).isZero();
            assertEachLineOnce(jdbc);
            assertThat(jdbc.queryForList("select distinct worker_pid from staging.document", Long.class))
                    .isNotEmpty().isSubsetOf(one.pid(), two.pid());
            // and, with nothing more to do, they end by themselves (--exit-when-idle)
            assertThat(one.waitFor(180, TimeUnit.SECONDS) && two.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(one.exitValue()).isZero();
            assertThat(jdbc.queryForObject("select count(*) from staging.worker where stopped_at is not null",
                    Integer.class)).isEqualTo(2);
        }
    }

    @Test
    void aWorkerKilledMidPartitionLosesNothingAfterTheRestart() throws Exception {
        writeDocuments();
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            CompletableFuture<IngestRunner.Outcome> first = CompletableFuture.supplyAsync(() -> manage(w));
            Process doomed = worker(w, 1500, 1, 300);
            awaitTrue(() -> workers(jdbc) == 1, "the first worker registered");
            Process survivor = worker(w, 1500, 2, 300);

            // when the first worker is killed with SIGKILL after it staged a document, in the middle of a partition
            awaitTrue(() -> stagedBy(jdbc, doomed.pid()) >= 1 && reading(jdbc, doomed.pid()), "the worker mid-way");
            doomed.destroyForcibly();
            doomed.waitFor(30, TimeUnit.SECONDS);
            int stagedByDoomed = stagedBy(jdbc, doomed.pid());
            IngestRunner.Outcome died = first.get(5, TimeUnit.MINUTES);

            // then the manager noticed (the run failed instead of waiting for its timeout), and the same command
            // run again resumes the run on the surviving worker
            assertThat(died.exitCode()).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from staging.run_document where state = 'pending'",
                    Integer.class)).isPositive();
            IngestRunner.Outcome resumed = manage(w);
            assertThat(resumed.resumed()).isTrue();
            assertThat(resumed.exitCode()).as(resumed.summary()).isZero();
            assertEachLineOnce(jdbc);
            assertThat(jdbc.queryForList("select status from batch.batch_job_execution order by job_execution_id",
                    String.class)).containsExactly("FAILED", "COMPLETED");
            // what the killed worker staged stayed staged (and was not read again); the survivor read the rest
            assertThat(stagedBy(jdbc, doomed.pid())).isEqualTo(stagedByDoomed);
            assertThat(stagedBy(jdbc, survivor.pid())).isEqualTo(DOCUMENTS - stagedByDoomed);
            survivor.destroyForcibly();
        }
    }

    private void writeDocuments() throws Exception {
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(docs.resolve(String.format("%02d.txt", i)), "year: 2020\n"
                    + "line: 사업 " + i + "-a|" + (i * 10 + 1) + "|산업부\n"
                    + "line: 사업 " + i + "-b|" + (i * 10 + 2) + "|환경부\n"
                    + "line: 사업 " + i + "-c|" + (i * 10 + 3) + "|국토부\n", StandardCharsets.UTF_8);
        }
    }

    private static void assertEachLineOnce(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line", Integer.class))
                .isEqualTo(DOCUMENTS * 3);
        assertThat(jdbc.queryForObject(
                "select count(*) from (select distinct program from warehouse.v_budget_line) p", Integer.class))
                .isEqualTo(DOCUMENTS * 3);
        int expectedSum = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            expectedSum += (i * 10 + 1) + (i * 10 + 2) + (i * 10 + 3);
        }
        assertThat(jdbc.queryForObject("select sum(amount_krw)::int from warehouse.v_budget_line", Integer.class))
                .isEqualTo(expectedSum);
    }

    /** The manager: splits the run into six partitions, declares a worker silent for 5 s dead. */
    private IngestRunner.Outcome manage(Warehouse w) {
        try (var ctx = IngestContext.startRemote(w.dataSource(), JobDefinition.defaults(),
                new FixturePipeline("fixture-1"), ProgressSink.lines(new PrintStream(PrintStream.nullOutputStream())),
                new RemoteSettings(6, Duration.ofMinutes(4), Duration.ofSeconds(5)))) {
            return IngestContext.runner(ctx).run(docs.toString(), null, false, "ingest");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
