package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PII scan over every view, for every kind the masker knows: a fixture plan whose prose, tables and contact
 * block hold a resident and a foreign registration number, a passport and a bank account number, street and lot
 * addresses, a name, a phone number and an e-mail address. None may reach any warehouse or quality view, while the
 * figures beside them still do.
 */
class PersonalDataIngestIT {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/personal-data/plan-with-personal-data.txt");

    /** Each kind as the fixture prints it; patterns independent of the masker's own. */
    private static final List<Pattern> KINDS = List.of(
            Pattern.compile("\\d{6}\\s?-\\s?[1-8]\\d{6}"), // resident and foreign registration numbers
            Pattern.compile("M\\d{8}"), // passport
            Pattern.compile("123-456-789012"), // bank account
            Pattern.compile("한누리대로 402|정자동 123-4|세종대로 209"), // addresses
            Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+"), // e-mail
            Pattern.compile("(?<!\\d)0\\d{1,2}[-. )]+\\d{3,4}[-. ]\\d{4}(?!\\d)"), // phone
            Pattern.compile("조영길")); // a contact's name

    @Test
    void no_kind_of_personal_data_reaches_any_view(@TempDir Path dir) throws Exception {
        String text = Files.readString(FIXTURE);
        for (Pattern kind : KINDS) {
            assertThat(text).as("the fixture holds %s", kind).containsPattern(kind);
        }
        Files.writeString(dir.resolve("plan.txt"), text);
        try (Warehouse warehouse = TestPostgres.freshWarehouse()) {
            JdbcTemplate jdbc = new JdbcTemplate(warehouse.dataSource());
            PlanetlMain.run("ingest", dir.toString(), "--db-url", TestPostgres.cliUrl(warehouse));

            // the figures beside the personal data are there: the mentions and the project lines
            assertThat(jdbc.queryForList("select (amount_krw / 100000000)::bigint from warehouse.v_budget_mention "
                    + "order by 1", Long.class)).contains(5L, 20L, 30L, 50L);
            assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line", Integer.class))
                    .isEqualTo(2);
            assertThat(jdbc.queryForList("select sentence from warehouse.v_budget_mention", String.class))
                    .anyMatch(s -> s.contains("******-*******")).anyMatch(s -> s.contains("(주소)"));
            List<String> views = jdbc.queryForList("select table_schema || '.' || table_name from "
                    + "information_schema.views where table_schema in ('warehouse', 'quality')", String.class);
            assertThat(views).contains("warehouse.v_budget_mention", "quality.v_finding");
            for (String view : views) {
                String all = String.join("\n", jdbc.queryForList("select t::text from " + view + " t", String.class));
                for (Pattern kind : KINDS) {
                    assertThat(all).as("%s holds %s", view, kind).doesNotContainPattern(kind);
                }
            }
        }
    }
}
