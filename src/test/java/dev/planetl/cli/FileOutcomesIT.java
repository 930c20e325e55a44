package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.CommandOutput;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file under an ingested folder is accounted for in status and in the report: read, failed, empty, a
 * duplicate of another path, a symbolic link, a FIFO, excluded by a pattern of jobs/ingest.yml.
 */
class FileOutcomesIT {

    @TempDir
    Path tmp;

    @Test
    void statusAndReportListEveryFileWithItsOutcome() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(Path.of("sample-docs/000_c6a735280eeffe22.txt"), docs.resolve("a.txt"));
        Files.createDirectories(docs.resolve("sub"));
        Files.copy(docs.resolve("a.txt"), docs.resolve("sub/copy.txt"));
        Files.createSymbolicLink(docs.resolve("link.txt"), Path.of("a.txt"));
        Process mkfifo = new ProcessBuilder("mkfifo", docs.resolve("pipe.txt").toString()).start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
        Files.writeString(docs.resolve("notes.md"), "not a plan", StandardCharsets.UTF_8);
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        byte[] docx = Files.readAllBytes(Path.of("sample-docs/001_69b5d0863f4d8d05.docx"));
        Files.write(docs.resolve("broken.docx"), Arrays.copyOf(docx, docx.length / 2));

        try (Warehouse w = TestPostgres.freshWarehouse()) {
            String url = TestPostgres.cliUrl(w);
            assertThat(PlanetlMain.run("ingest", docs.toString(), "--db-url", url)).as("a file failed").isEqualTo(1);

            String status = captured("status", "--db-url", url);
            assertThat(status).containsPattern("a.txt +\\| 2020 +\\| published")
                    .containsPattern("broken.docx +\\| \\? +\\| failed .*zip")
                    .containsPattern("empty.txt +\\| \\? +\\| failed .*empty")
                    .containsPattern("sub/copy.txt +\\| skipped: duplicate of a.txt")
                    .containsPattern("link.txt +\\| skipped: symbolic link")
                    .containsPattern("pipe.txt +\\| skipped: special file")
                    .containsPattern("notes.md +\\| excluded by pattern \\*\\.md")
                    .contains("Files of run 1 not read (4)");
            // findings first, errors before the repair, passing checks only counted
            assertThat(status.indexOf("document.failed")).isLessThan(status.indexOf("repair.arithmetic"))
                    .isLessThan(status.indexOf("Recent runs"));
            assertThat(status).containsPattern("Checks: 0 failed, \\d+ passed");

            Path out = tmp.resolve("reports");
            assertThat(PlanetlMain.run("report", "--db-url", url, "--out", out.toString())).isZero();
            String html;
            try (var files = Files.list(out)) {
                html = Files.readString(files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow());
            }
            assertThat(html).contains("<td>a.txt</td><td>published</td>", "<td>broken.docx</td><td>failed</td>",
                    "<td>empty.txt</td><td>failed</td>", "<td>sub/copy.txt</td><td>skipped: duplicate of a.txt</td>",
                    "<td>link.txt</td><td>skipped: symbolic link</td>", "<td>pipe.txt</td><td>skipped: special file</td>",
                    "<td>notes.md</td><td>excluded by pattern *.md</td>");
            assertThat(html.indexOf("id=\"findings\"")).isLessThan(html.indexOf("<h2>Checks"))
                    .isLessThan(html.indexOf("id=\"documents\""));
            assertThat(html.indexOf("<td>document.failed</td>")).isLessThan(html.indexOf("<td>repair.arithmetic</td>"));
            assertThat(html).containsPattern("<details id=\"passed-checks\"><summary>\\d+ passing checks</summary>")
                    .contains("<tr class=\"group\"><th colspan=\"6\">error document.failed — broken.docx: 1</th></tr>");
        }
    }

    private static String captured(String... args) {
        CommandOutput output = CommandOutput.run(args);
        assertThat(output.exit()).isZero();
        return output.stdout();
    }
}
