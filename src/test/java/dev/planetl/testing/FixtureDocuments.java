package dev.planetl.testing;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixture documents of three budget lines each, with programs and amounts of their own, for the tests that
 * interrupt an ingest and count the facts afterwards: the expected rows follow from how the files are written,
 * not from what planetl made of them.
 */
public final class FixtureDocuments {

    private FixtureDocuments() {
    }

    /** Writes {@code count} documents {@code 00.txt, 01.txt, ...} of plan year 2020 into {@code folder}. */
    public static void write(Path folder, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("%02d.txt", i)), "year: 2020\n"
                    + "line: 사업 " + i + "-a|" + (i * 10 + 1) + "|산업부\n"
                    + "line: 사업 " + i + "-b|" + (i * 10 + 2) + "|환경부\n"
                    + "line: 사업 " + i + "-c|" + (i * 10 + 3) + "|국토부\n", StandardCharsets.UTF_8);
        }
    }

    /** Every line of the {@code count} documents is in the warehouse exactly once, with its amount. */
    public static void assertEachLineOnce(JdbcTemplate jdbc, int count) {
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line", Integer.class))
                .isEqualTo(count * 3);
        assertThat(jdbc.queryForObject(
                "select count(*) from (select distinct program from warehouse.v_budget_line) p", Integer.class))
                .isEqualTo(count * 3);
        int expectedSum = 0;
        for (int i = 0; i < count; i++) {
            expectedSum += (i * 10 + 1) + (i * 10 + 2) + (i * 10 + 3);
        }
        assertThat(jdbc.queryForObject("select sum(amount_krw)::int from warehouse.v_budget_line", Integer.class))
                .isEqualTo(expectedSum);
    }
}
