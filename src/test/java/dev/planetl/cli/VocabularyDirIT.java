package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A vocabulary folder outside the jar: checked before any work (a bad line is a usage error, exit 64), and an edited
 * entry makes the next run read its documents again with the edit in force.
 */
class VocabularyDirIT {

    /** A sentence of seed 004: "○ 미국의 과학공학 연구개발 지출은 2018년 250억 달러로 …". */
    private static final String SENTENCE = "%미국의 과학공학 연구개발 지출은 2018년 250억 달러%";

    @TempDir
    Path tmp;

    @Test
    void aBadVocabularyStopsTheRunAndAnEditedOneRereadsTheDocument() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(Path.of("sample-docs/004_9f4da27ab622e286.txt"), docs.resolve("trend.txt"));
        Path jobs = Files.createDirectories(tmp.resolve("jobs"));
        Files.writeString(jobs.resolve("manifest.yml"), """
                documents:
                  - path: trend.txt
                    plan_year: 2021
                """, StandardCharsets.UTF_8);
        Path vocab = Files.createDirectories(tmp.resolve("vocab"));
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            String url = TestPostgres.cliUrl(w);

            // a bad line: usage error before any work, no run recorded
            Files.writeString(vocab.resolve("measure-words.tsv"), "plan\t계획\nforecast\t전망\n",
                    StandardCharsets.UTF_8);
            assertThat(PlanetlMain.run("ingest", docs.toString(), "--db-url", url, "--jobs-dir", jobs.toString(),
                    "--vocab-dir", vocab.toString())).isEqualTo(64);
            assertThat(PlanetlMain.run("extract", docs.resolve("trend.txt").toString(),
                    "--vocab-dir", vocab.toString())).isEqualTo(64);
            assertThat(jdbc.queryForObject("select count(*) from quality.run", Integer.class)).isZero();
            Files.delete(vocab.resolve("measure-words.tsv"));

            // the packaged vocabularies: the sentence is a budget mention
            // (the trend report's own findings may make the exit code 1; what matters is that it ran)
            assertThat(PlanetlMain.run("ingest", docs.toString(), "--db-url", url, "--jobs-dir", jobs.toString(),
                    "--vocab-dir", vocab.toString())).isNotEqualTo(64);
            String packaged = readerVersion(jdbc);
            assertThat(mentions(jdbc)).isEqualTo(1);

            // an unchanged folder: nothing to read again
            PlanetlMain.run("ingest", docs.toString(), "--db-url", url, "--jobs-dir", jobs.toString(),
                    "--vocab-dir", vocab.toString());
            assertThat(lastRun(jdbc, "documents_skipped")).isEqualTo(1);

            // the steward says a country's R&D spending is no budget: the document is read again and the mention becomes a finding
            String subjects = new String(bytes("vocab/mention-subjects.tsv"), StandardCharsets.UTF_8);
            Files.writeString(vocab.resolve("mention-subjects.tsv"), subjects + "not-budget\t연구개발 지출\n",
                    StandardCharsets.UTF_8);
            PlanetlMain.run("ingest", docs.toString(), "--db-url", url, "--jobs-dir", jobs.toString(),
                    "--vocab-dir", vocab.toString());
            assertThat(lastRun(jdbc, "documents_processed")).isEqualTo(1);
            assertThat(readerVersion(jdbc)).isNotEqualTo(packaged);
            assertThat(mentions(jdbc)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from quality.v_finding where is_current "
                    + "and rule = 'mention.not_budget' and raw_text like ?", Integer.class, SENTENCE)).isEqualTo(1);

            // back to the packaged vocabularies: read again, the mention is back
            PlanetlMain.run("ingest", docs.toString(), "--db-url", url, "--jobs-dir", jobs.toString());
            assertThat(readerVersion(jdbc)).isEqualTo(packaged);
            assertThat(mentions(jdbc)).isEqualTo(1);
        }
    }

    private static String readerVersion(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select reader_version from staging.document", String.class);
    }

    private static int mentions(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from warehouse.v_budget_mention where sentence like ?",
                Integer.class, SENTENCE);
    }

    private static int lastRun(JdbcTemplate jdbc, String column) {
        return jdbc.queryForObject("select " + column + " from quality.run order by id desc limit 1", Integer.class);
    }

    private static byte[] bytes(String resource) throws Exception {
        try (var in = VocabularyDirIT.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
