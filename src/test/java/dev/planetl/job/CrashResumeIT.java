package dev.planetl.job;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.FixtureDocuments;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills an ingest with SIGKILL part-way, in a JVM of its own, and runs the same command again: it resumes the
 * same run and the warehouse holds each fact exactly once, with one thread and with several (partitions of the
 * process step).
 */
class CrashResumeIT {

    private static final int DOCUMENTS = 12;

    @TempDir
    Path docs;

    @Test
    void aKilledIngestResumesAndLoadsEachFactOnce() throws Exception {
        killAndResume(1);
    }

    @Test
    void aKilledIngestOfTwoThreadsResumesAndLoadsEachFactOnce() throws Exception {
        killAndResume(2);
    }

    private void killAndResume(int threads) throws Exception {
        // given twelve documents of three lines each, and a fresh warehouse
        FixtureDocuments.write(docs, DOCUMENTS);
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            String url = w.jdbcUrl();

            // when an ingest (400 ms a document) is killed with SIGKILL after its fourth document is staged
            Process first = ingest(url, 400, threads);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (staged(jdbc) < 4 && Instant.now().isBefore(deadline) && first.isAlive()) {
                Thread.sleep(50);
            }
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to mark anything
            first.waitFor(30, TimeUnit.SECONDS);
            int stagedWhenKilled = staged(jdbc);
            assertThat(stagedWhenKilled).isBetween(4, DOCUMENTS - 1);
            // with two threads, two partitions were being read at once
            assertThat(jdbc.queryForObject("select count(distinct part) from staging.run_document "
                    + "where state <> 'pending'", Integer.class)).isGreaterThanOrEqualTo(threads);
            assertThat(jdbc.queryForObject("select status from batch.batch_job_execution", String.class))
                    .isEqualTo("STARTED");

            // and the same command runs again
            Process second = ingest(url, 0, threads);
            String out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();

            // then it resumed the killed run, and every line is in the warehouse exactly once
            assertThat(second.exitValue()).as(out).isZero();
            assertThat(out).contains("resumed run");
            assertThat(jdbc.queryForObject("select count(*) from quality.run", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForList("select status from batch.batch_job_execution order by job_execution_id",
                    String.class)).containsExactly("FAILED", "COMPLETED");
            FixtureDocuments.assertEachLineOnce(jdbc, DOCUMENTS);
            // the documents staged before the kill name the first process, the others the second
            assertThat(jdbc.queryForList("select distinct worker_pid from staging.run_document", Long.class))
                    .containsExactlyInAnyOrder(first.pid(), second.pid());
            assertThat(jdbc.queryForObject("select count(*) from staging.run_document where worker_pid = ?",
                    Integer.class, first.pid())).isEqualTo(stagedWhenKilled);
        }
    }

    private static int staged(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from staging.run_document where state <> 'pending'",
                Integer.class);
    }

    private Process ingest(String url, long delayMs, int threads) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", cp, "dev.planetl.testing.FixtureIngestMain",
                url, TestPostgres.user(), TestPostgres.password(), docs.toString(), Long.toString(delayMs),
                Integer.toString(threads)));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(delayMs > 0 ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.PIPE)
                .start();
    }
}
