package dev.planetl.job;

import dev.planetl.cli.PlanetlMain;
import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input in a nightly folder: an empty file, binary noise named .pdf, a truncated DOCX, a zip bomb named .hwpx
 * and a password-protected PDF are each recorded as failed with a reason a steward understands; the good document
 * beside them is published and the run exits 1. Once the steward replaces a bad file, a rerun picks it up.
 */
class BadFilesIngestIT {

    @TempDir
    Path tmp;

    @Test
    void eachBadFileFailsWithItsReasonAndTheRunGoesOn() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(Path.of("sample-docs/000_c6a735280eeffe22.txt"), docs.resolve("good-2020.txt"));
        Files.write(docs.resolve("empty.pdf"), new byte[0]);
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Files.write(docs.resolve("noise.pdf"), noise);
        byte[] docx = Files.readAllBytes(Path.of("sample-docs/000_c6a735280eeffe22.docx"));
        Files.write(docs.resolve("truncated.docx"), java.util.Arrays.copyOf(docx, docx.length / 2));
        HostileFiles.writeZipBomb(docs.resolve("bomb.hwpx"), "application/hwp+zip", "Contents/section0.xml");
        HostileFiles.writeEncryptedPdf(docs.resolve("locked.pdf"));

        try (Warehouse w = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            String url = TestPostgres.cliUrl(w);

            int exit = PlanetlMain.run("ingest", docs.toString(), "--db-url", url);

            assertThat(exit).isEqualTo(1);
            Map<String, String> reasons = new java.util.TreeMap<>();
            jdbc.query("select path, status, coalesce(reason, '') from staging.document", rs -> {
                reasons.put(rs.getString(1), rs.getString(2) + ": " + rs.getString(3));
            });
            assertThat(reasons.get("good-2020.txt")).startsWith("published");
            assertThat(reasons.get("empty.pdf")).startsWith("failed").contains("empty");
            assertThat(reasons.get("noise.pdf")).startsWith("failed").contains("not a format planetl reads");
            assertThat(reasons.get("truncated.docx")).startsWith("failed").contains("damaged or truncated");
            assertThat(reasons.get("bomb.hwpx")).startsWith("failed").contains("zip bomb");
            assertThat(reasons.get("locked.pdf")).startsWith("failed").containsIgnoringCase("password");
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line", Integer.class))
                    .isEqualTo(171);
            assertThat(jdbc.queryForObject("select count(*) from quality.v_finding where rule = 'document.failed'",
                    Integer.class)).isEqualTo(5);

            // when the steward replaces the noise with the real file and reruns the year
            Files.delete(docs.resolve("noise.pdf"));
            Files.copy(Path.of("sample-docs/001_69b5d0863f4d8d05.txt"), docs.resolve("noise.pdf"));
            PlanetlMain.run("rerun", "--year", "2020", docs.toString(), "--db-url", url);

            // then the file is read and published under its own plan year
            assertThat(jdbc.queryForObject("select status || ' ' || plan_year from staging.document "
                    + "where path = 'noise.pdf' and status <> 'superseded'", String.class)).isEqualTo("published 2023");
        }
    }
}
