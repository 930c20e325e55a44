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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest job's mechanics against a real PostgreSQL, with a fixture pipeline standing in for the readers. */
class IngestJobIT {

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
        startContext("fixture-1");
    }

    @AfterEach
    void close() throws IOException {
        ctx.close();
        warehouse.close();
    }

    private void startContext(String version) {
        if (ctx != null) {
            ctx.close();
        }
        pipeline = new FixturePipeline(version);
        // one thread: these tests follow the documents in path order
        ctx = IngestContext.start(warehouse.dataSource(), JobDefinition.defaults(), pipeline,
                ProgressSink.lines(new PrintStream(PrintStream.nullOutputStream())), Parallelism.threads(1));
    }

    private IngestRunner.Outcome ingest() throws Exception {
        return IngestContext.runner(ctx).run(docs.toString(), null, false, "ingest");
    }

    private void write(String name, String... lines) throws IOException {
        Files.writeString(docs.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private List<Map<String, Object>> warehouseLines() {
        return jdbc.queryForList("""
                select document, document_sha256, plan_year, fiscal_year, program, amount_krw, ministry, source_ref
                from warehouse.v_budget_line order by document, source_ref""");
    }

    @Test
    void publishesEveryDocumentThenSkipsUnchangedOnesOnTheNextRun() throws Exception {
        // given two documents of two plan years
        write("a.txt", "year: 2020", "line: 가 사업|100|산업부", "line: 나 사업|250|과기정통부");
        write("b.txt", "year: 2021", "line: 다 사업|7|환경부");

        // when ingested twice
        IngestRunner.Outcome first = ingest();
        List<Map<String, Object>> afterFirst = warehouseLines();
        IngestRunner.Outcome second = ingest();

        // then the first run publishes all three lines, and the second reads nothing and changes nothing
        assertThat(first.exitCode()).isZero();
        assertThat(afterFirst).hasSize(3);
        assertThat(afterFirst).extracting(r -> r.get("plan_year")).containsExactly(2020, 2020, 2021);
        assertThat(second.exitCode()).isZero();
        assertThat(pipeline.processed()).containsExactly("a.txt", "b.txt");
        assertThat(warehouseLines()).isEqualTo(afterFirst);
        assertThat(second.summary()).contains("2 documents (0 processed, 2 unchanged");
    }

    @Test
    void aFailedDocumentIsRecordedWithItsReasonAndTheRunGoesOn() throws Exception {
        write("a.txt", "year: 2020", "line: 가 사업|100|산업부");
        write("bad.txt", "fail: the file is encrypted");
        write("c.txt", "year: 2020", "line: 다 사업|5|환경부");

        IngestRunner.Outcome run = ingest();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(warehouseLines()).hasSize(2);
        assertThat(jdbc.queryForObject("select status || ': ' || reason from staging.document where path = 'bad.txt'",
                String.class)).isEqualTo("failed: bad.txt: the file is encrypted");
        assertThat(jdbc.queryForObject(
                "select count(*) from quality.v_finding where rule = 'document.failed' and document = 'bad.txt'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void aChangedDocumentReplacesItsFactsAndAMissingOneKeepsThem() throws Exception {
        write("a.txt", "year: 2020", "line: 가 사업|100|산업부");
        write("b.txt", "year: 2020", "line: 나 사업|200|산업부");
        ingest();

        write("a.txt", "year: 2020", "line: 가 사업|110|산업부", "line: 라 사업|1|산업부");
        Files.delete(docs.resolve("b.txt"));
        ingest();

        assertThat(warehouseLines()).extracting(r -> r.get("document") + " " + r.get("program") + " "
                        + ((java.math.BigDecimal) r.get("amount_krw")).toPlainString())
                .containsExactly("a.txt 가 사업 110", "a.txt 라 사업 1", "b.txt 나 사업 200");
        assertThat(jdbc.queryForObject("select missing from staging.document where path = 'b.txt'", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForList("select status from staging.document where path = 'a.txt' order by id",
                String.class)).containsExactly("superseded", "published");
    }

    @Test
    void rerunOfAYearRereadsItsDocumentsAndLeavesIdenticalContents() throws Exception {
        write("a.txt", "year: 2020", "line: 가 사업|100|산업부");
        write("b.txt", "year: 2021", "line: 나 사업|200|산업부");
        ingest();
        List<Map<String, Object>> before = warehouseLines();

        IngestRunner.Outcome rerun = IngestContext.runner(ctx).run(docs.toString(), 2020, false, "rerun");

        assertThat(rerun.exitCode()).isZero();
        assertThat(pipeline.processed()).containsExactly("a.txt", "b.txt", "a.txt");
        assertThat(warehouseLines()).isEqualTo(before);
    }

    @Test
    void aRunThatDiedPartWayResumesWithoutRedoingFinishedDocuments() throws Exception {
        // given a run that dies on the third of four documents
        write("1.txt", "year: 2020", "line: 가|1|산업부");
        write("2.txt", "year: 2020", "line: 나|2|산업부");
        write("3.txt", "year: 2020", "crash: boom", "line: 다|3|산업부");
        write("4.txt", "year: 2020", "line: 라|4|산업부");
        IngestRunner.Outcome died = ingest();
        assertThat(died.exitCode()).isEqualTo(2);
        assertThat(warehouseLines()).isEmpty(); // nothing of the year is published while the year is incomplete

        // when the same command runs again with the cause gone
        pipeline.disableCrashes();
        IngestRunner.Outcome resumed = ingest();

        // then it resumes the same run: documents 1 and 2 are not read again, and every line is there once
        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.exitCode()).isZero();
        assertThat(pipeline.processed()).containsExactly("1.txt", "2.txt", "3.txt", "3.txt", "4.txt");
        assertThat(warehouseLines()).extracting(r -> r.get("program")).containsExactly("가", "나", "다", "라");
        assertThat(jdbc.queryForObject("select count(*) from quality.run", Integer.class)).isEqualTo(1);
    }

    @Test
    void aNewReaderVersionRereadsUnchangedDocuments() throws Exception {
        write("a.txt", "year: 2020", "line: 가 사업|100|산업부");
        ingest();

        startContext("fixture-2");
        ingest();

        assertThat(pipeline.processed()).containsExactly("a.txt");
        assertThat(jdbc.queryForObject("select reader_version from staging.document", String.class))
                .isEqualTo("fixture-2");
    }

    @Test
    void twoRenderingsOfOnePlanArePublishedOnce() throws Exception {
        // given the same plan as two files, which print the same lines
        write("plan.hwp.txt", "title: 2020년도 시험 실행계획", "year: 2020", "line: 가 사업|100|산업부", "line: 나|5|환경부");
        write("plan.pdf.txt", "title: 2020년도  시험 실행계획 ", "year: 2020", "line: 가 사업|100|산업부", "line: 나|5|환경부");

        ingest();

        // then the warehouse counts its lines once, and both files belong to one publication
        assertThat(warehouseLines()).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from warehouse.publication", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select array_length(documents, 1) from warehouse.v_publication",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void aFigureOnWhichTwoRenderingsDisagreeIsAFinding() throws Exception {
        write("plan.hwp.txt", "title: 2020년도 시험 실행계획", "year: 2020", "line: 가 사업|100|산업부", "total: 100");
        write("plan.pdf.txt", "title: 2020년도 시험 실행계획", "year: 2020", "line: 가 사업|100|산업부", "total: 1000");

        ingest();

        // the facts come from one file only, and the other file's differing total is reported against it
        assertThat(jdbc.queryForList("select amount_krw::int from warehouse.v_budget_total", Integer.class))
                .containsExactly(100);
        assertThat(jdbc.queryForList("select document || ' ' || rule || ' ' || severity from quality.v_finding",
                String.class)).containsExactly("plan.pdf.txt publication.figure warning");
    }
}
