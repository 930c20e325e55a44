package dev.planetl.job;

import dev.planetl.db.Warehouse;
import dev.planetl.read.vocab.VocabularySource;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader version follows the code and the vocabularies: the same build and vocabularies read nothing again; a
 * build with other reading code (a simulated code digest) or an edited vocabulary file reads every document again,
 * and the warehouse then holds each fact once.
 */
class ReaderVersionIT {

    @TempDir
    Path tmp;

    private Warehouse warehouse;
    private JdbcTemplate jdbc;
    private ConfigurableApplicationContext ctx;
    private Path docs;

    @BeforeEach
    void setUp() throws IOException {
        warehouse = TestPostgres.freshWarehouse();
        jdbc = new JdbcTemplate(warehouse.dataSource());
        docs = Files.createDirectories(tmp.resolve("docs"));
        // seed 000 as text: project lines and the totals it prints
        Files.copy(Path.of("sample-docs/000_c6a735280eeffe22.txt"), docs.resolve("plan.txt"));
    }

    @AfterEach
    void tearDown() throws IOException {
        if (ctx != null) {
            ctx.close();
        }
        warehouse.close();
    }

    private int ingestWith(StandardPipeline pipeline) throws Exception {
        if (ctx != null) {
            ctx.close();
        }
        ctx = IngestContext.start(warehouse.dataSource(), JobDefinition.defaults(), pipeline,
                ProgressSink.lines(new PrintStream(PrintStream.nullOutputStream())));
        IngestContext.runner(ctx).run(docs.toString(), null, false, "ingest");
        return jdbc.queryForObject("select documents_processed from quality.run order by id desc limit 1",
                Integer.class);
    }

    private List<Map<String, Object>> facts() {
        return jdbc.queryForList("""
                select source_ref, fiscal_year, measure, amount_krw from warehouse.v_budget_line
                union all
                select source_refs::text, fiscal_year, measure, amount_krw from warehouse.v_budget_total
                order by 1, 2, 3, 4""");
    }

    private String readerVersion() {
        return jdbc.queryForObject("select reader_version from staging.document", String.class);
    }

    @Test
    void onlyAChangedCodeDigestOrVocabularyReadsTheDocumentsAgainAndEachFactStaysOnce() throws Exception {
        JobDefinition definition = JobDefinition.defaults();
        // given a first ingest with this build's code and the packaged vocabularies
        assertThat(ingestWith(Pipelines.standard(definition))).isEqualTo(1);
        String version = readerVersion();
        List<Map<String, Object>> facts = facts();
        assertThat(facts).isNotEmpty();
        assertThat(version).startsWith(CodeDigest.of(getClass().getClassLoader()).substring(0, 12) + "+");

        // when ingested again with the same code and vocabularies: nothing is read again
        assertThat(ingestWith(Pipelines.standard(definition))).isZero();
        assertThat(readerVersion()).isEqualTo(version);

        // when a release with changed reading code ingests it: read again, each fact once
        assertThat(ingestWith(Pipelines.standard(definition, VocabularySource.packaged(),
                "00000000000000000000simulated"))).isEqualTo(1);
        assertThat(readerVersion()).isNotEqualTo(version).startsWith("000000000000+");
        assertThat(facts()).isEqualTo(facts);

        // when a vocabulary file in a --vocab-dir differs from the packaged one (an entry added): read again
        Path vocab = Files.createDirectories(tmp.resolve("vocab"));
        Files.writeString(vocab.resolve("mention-subjects.tsv"), packaged("vocab/mention-subjects.tsv")
                + "not-budget\t해외직접투자 잔액\n", StandardCharsets.UTF_8);
        assertThat(ingestWith(Pipelines.standard(definition, VocabularySource.folder(vocab)))).isEqualTo(1);
        String withFolder = readerVersion();
        assertThat(withFolder).isNotEqualTo(version).startsWith(version.substring(0, 13));
        assertThat(facts()).isEqualTo(facts);
        assertThat(ingestWith(Pipelines.standard(definition, VocabularySource.folder(vocab)))).isZero();

        // and back to this build's code and the packaged vocabularies: read again, the first version back
        assertThat(ingestWith(Pipelines.standard(definition))).isEqualTo(1);
        assertThat(readerVersion()).isEqualTo(version);
        assertThat(facts()).isEqualTo(facts);
        assertThat(jdbc.queryForObject("select count(*) from staging.budget_line", Integer.class))
                .as("the staged lines of the document are its latest reading only")
                .isEqualTo(jdbc.queryForObject("select count(*) from warehouse.v_budget_line", Integer.class));
    }

    private static String packaged(String resource) throws IOException {
        try (InputStream in = ReaderVersionIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
