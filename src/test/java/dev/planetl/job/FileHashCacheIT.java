package dev.planetl.job;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.FixturePipeline;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Discovery reads a file to hash it only when the file changed since an earlier run hashed it (sql V29): the
 * hashes it keeps and the ones it takes again, against a real PostgreSQL, with a fixture pipeline for the readers.
 */
class FileHashCacheIT {

    @TempDir
    Path docs;

    private Warehouse warehouse;
    private JdbcTemplate jdbc;
    private FixturePipeline pipeline;
    private ConfigurableApplicationContext ctx;

    @BeforeEach
    void openWarehouse() {
        warehouse = TestPostgres.freshWarehouse();
        jdbc = new JdbcTemplate(warehouse.dataSource());
        pipeline = new FixturePipeline("fixture-1");
        ctx = IngestContext.start(warehouse.dataSource(), JobDefinition.defaults(), pipeline,
                ProgressSink.lines(new PrintStream(PrintStream.nullOutputStream())), Parallelism.threads(1));
    }

    @AfterEach
    void close() throws IOException {
        ctx.close();
        warehouse.close();
    }

    private IngestRunner.Outcome ingest() throws Exception {
        return IngestContext.runner(ctx).run(docs.toString(), null, false, "ingest");
    }

    private void write(String name, String... lines) throws IOException {
        Files.writeString(docs.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** When each recorded file was last read to be hashed, by path. */
    private Map<String, Object> hashedAt() {
        Map<String, Object> out = new TreeMap<>();
        jdbc.query("select path, hashed_at from staging.file_hash", rs -> {
            out.put(rs.getString(1), rs.getTimestamp(2));
        });
        return out;
    }

    private List<String> amounts() {
        return jdbc.queryForList("select document || ' ' || amount_krw from warehouse.v_budget_line order by 1",
                String.class);
    }

    /** Waits until what was written has settled: its status changed longer ago than discovery trusts. */
    private static void settle() throws InterruptedException {
        Thread.sleep(DiscoverTasklet.SETTLED.toMillis() + 300);
    }

    @Test
    void anUnchangedFileKeepsItsHashAndARewrittenOneIsReadEvenWithItsOldSizeAndTime() throws Exception {
        // given two files, settled, then ingested: both read to be hashed
        write("a.txt", "year: 2020", "line: 가 사업|100|산업부");
        write("b.txt", "year: 2020", "line: 나 사업|200|산업부");
        settle();
        ingest();
        Map<String, Object> first = hashedAt();
        assertThat(first).containsOnlyKeys("a.txt", "b.txt");
        assertThat(jdbc.queryForObject("select count(*) from staging.file_hash f join staging.document d "
                + "on d.root = f.root and d.path = f.path and d.sha256 = f.sha256", Integer.class)).isEqualTo(2);

        // when the next run finds them as they were
        ingest();

        // then neither is read again to be hashed, nor processed
        assertThat(hashedAt()).isEqualTo(first);
        assertThat(pipeline.processed()).containsExactly("a.txt", "b.txt");

        // when a.txt is rewritten with other bytes of the same size and its modification time set back (cp -p)
        FileTime modified = Files.getLastModifiedTime(docs.resolve("a.txt"));
        long size = Files.size(docs.resolve("a.txt"));
        write("a.txt", "year: 2020", "line: 가 사업|900|산업부");
        Files.setLastModifiedTime(docs.resolve("a.txt"), modified);
        assertThat(Files.size(docs.resolve("a.txt"))).isEqualTo(size);
        settle();
        ingest();

        // then its status-change time gives it away: it is hashed and read again, and its new amount published
        Map<String, Object> third = hashedAt();
        assertThat(third.get("a.txt")).isNotEqualTo(first.get("a.txt"));
        assertThat(third.get("b.txt")).isEqualTo(first.get("b.txt"));
        assertThat(pipeline.processed()).containsExactly("a.txt", "b.txt", "a.txt");
        assertThat(amounts()).containsExactly("a.txt 900", "b.txt 200");
    }

    @Test
    void aFileWrittenJustBeforeItsHashingIsHashedAgainByTheNextRun() throws Exception {
        // given a file ingested right after it was written (its status changed within SETTLED of the hashing)
        write("a.txt", "year: 2020", "line: 가 사업|100|산업부");
        ingest();
        Map<String, Object> first = hashedAt();

        // when the next run finds it unchanged
        ingest();

        // then it is read to be hashed again (its times could hide a write of the same instant), not processed again
        assertThat(hashedAt().get("a.txt")).isNotEqualTo(first.get("a.txt"));
        assertThat(pipeline.processed()).containsExactly("a.txt");
    }

    @Test
    void aRerunHashesEveryFileAndAGoneFileIsForgotten() throws Exception {
        write("a.txt", "year: 2020", "line: 가 사업|100|산업부");
        write("b.txt", "year: 2021", "line: 나 사업|200|산업부");
        settle();
        ingest();
        Map<String, Object> first = hashedAt();

        // a rerun of one year reads every file to hash it
        IngestRunner.Outcome rerun = IngestContext.runner(ctx).run(docs.toString(), 2020, false, "rerun");
        assertThat(rerun.exitCode()).isZero();
        Map<String, Object> second = hashedAt();
        assertThat(second.get("a.txt")).isNotEqualTo(first.get("a.txt"));
        assertThat(second.get("b.txt")).isNotEqualTo(first.get("b.txt"));

        // a file no longer there loses its row; its published facts stay (a missing document keeps them)
        Files.delete(docs.resolve("b.txt"));
        ingest();
        assertThat(hashedAt()).containsOnlyKeys("a.txt");
        assertThat(amounts()).containsExactly("a.txt 100", "b.txt 200");
        assertThat(jdbc.queryForObject("select sum(amount_krw) from warehouse.v_budget_line", BigDecimal.class))
                .isEqualByComparingTo("300");
    }
}
