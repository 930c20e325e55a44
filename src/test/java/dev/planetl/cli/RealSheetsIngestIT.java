package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two 통합재정통계 sheets of src/test/resources/real/ (origin in SOURCES) ingested through the command line:
 * tables no kind reader recognises, whose figures land in {@code warehouse.v_table_fact}. Expected figures were
 * read by a person from an independent dump of each file (단위 십억원, △ = negative); the sheets state no plan
 * year, and their fiscal year 2010 comes from the caption {@code (2010.N월 누계 기준/잠정)}, measure actual.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealSheetsIngestIT {

    private static final String JANUARY_TO_JUNE = "rhwp__2010-01-06.hwp";
    private static final String NOVEMBER = "rhwp__통합재정통계(2010.11월).hwp";
    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    private Warehouse warehouse;
    private JdbcTemplate jdbc;
    private int exit;

    @BeforeAll
    void ingest() throws IOException {
        Path docs = Files.createDirectories(Files.createTempDirectory("planetl-real").resolve("real"));
        for (String f : List.of(JANUARY_TO_JUNE, NOVEMBER)) {
            Files.copy(Path.of("src/test/resources/real", f), docs.resolve(f));
        }
        warehouse = TestPostgres.freshWarehouse();
        jdbc = new JdbcTemplate(warehouse.dataSource());
        exit = PlanetlMain.run("ingest", docs.toString(), "--db-url", TestPostgres.cliUrl(warehouse));
    }

    @AfterAll
    void close() throws Exception {
        warehouse.close();
    }

    private BigDecimal fact(String document, String table, String row, String column) {
        List<BigDecimal> found = jdbc.queryForList("""
                select amount_krw from warehouse.v_table_fact
                where document = ? and table_ref = ? and row_path = ? and column_path = ? and fiscal_year = 2010
                  and measure = 'actual' and currency = 'KRW'""", BigDecimal.class, document, table, row, column);
        assertThat(found).as("%s %s %s × %s", document, table, row, column).hasSize(1);
        return found.get(0);
    }

    private static BigDecimal billion(long n) {
        return BigDecimal.valueOf(n).multiply(BILLION);
    }

    @Test
    void theJanuaryAndFebruarySheetsLandTheirPrintedFigures() {
        // 2010.1월 누계 is the sheet of table t1, 2010.2월 누계 that of t3 (each sheet's title box is a table too)
        assertThat(fact(JANUARY_TO_JUNE, "t1", "수 입 (A)", "합 계")).isEqualByComparingTo(billion(25_002));
        assertThat(fact(JANUARY_TO_JUNE, "t1", "통합재정수지 (A-B)", "특별 회계")).isEqualByComparingTo(billion(-1_802));
        assertThat(fact(JANUARY_TO_JUNE, "t1", "통합재정수지 (A-B)", "합 계")).isEqualByComparingTo(billion(2_308));
        assertThat(fact(JANUARY_TO_JUNE, "t3", "수 입 (A)", "합 계")).isEqualByComparingTo(billion(39_849));
        assertThat(fact(JANUARY_TO_JUNE, "t3", "통합재정수지 (A-B)", "합 계")).isEqualByComparingTo(billion(-9_462));
    }

    @Test
    void theNovemberSheetLandsItsPrintedFigures() {
        assertThat(fact(NOVEMBER, "t1", "수 입 (A)", "합 계")).isEqualByComparingTo(billion(252_599));
        assertThat(fact(NOVEMBER, "t1", "지출 및 순융자 (B)", "일반 회계")).isEqualByComparingTo(billion(143_483));
        assertThat(fact(NOVEMBER, "t1", "통합재정수지 (A-B)", "합 계")).isEqualByComparingTo(billion(21_802));
    }

    @Test
    void everySheetLandsWholeAndIts합계ColumnChecksPass() {
        // six monthly sheets and one November sheet, 8 body rows × 6 amount columns each
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_table_fact where document = ?",
                Integer.class, JANUARY_TO_JUNE)).isEqualTo(6 * 48);
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_table_fact where document = ?",
                Integer.class, NOVEMBER)).isEqualTo(48);
        // each row's 합계 is checked against its five accounts: 7 sheets × 8 rows, every one within rounding
        List<String> statuses = jdbc.queryForList("select distinct status from quality.v_reconciliation "
                + "where rule = 'table.column_total'", String.class);
        assertThat(statuses).containsExactly("pass");
        assertThat(jdbc.queryForObject("select count(*) from quality.v_reconciliation where rule = 'table.column_total'",
                Integer.class)).isEqualTo(7 * 8);
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_table_fact where check_status = 'failed' "
                + "or check_status = 'unchecked'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_table_fact where is_total", Integer.class))
                .isEqualTo(7 * 8);
    }

    @Test
    void theAnalystRoleCanReadTheView() {
        assertThat(jdbc.queryForObject("select has_table_privilege('planetl_reader', 'warehouse.v_table_fact', "
                + "'select')", Boolean.class)).isTrue();
        assertThat(exit).isIn(0, 1);
    }
}
