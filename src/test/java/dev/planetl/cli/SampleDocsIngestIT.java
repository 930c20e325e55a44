package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The functional test of the ingest job: {@code planetl ingest sample-docs} through the command line, against a
 * real PostgreSQL. Expected figures are those seed 000 prints (its 성과목표 table of section IV and its grand total),
 * which its own arithmetic confirms; never the program's output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleDocsIngestIT {

    private static final BigDecimal EOK = new BigDecimal("100000000");

    /** Seed 000, IV. '20년도 재정투자계획, < 성과목표별 재정투자계획 및 과제 수 >: target → (억원, 과제 개수). */
    private static final Map<String, Object[]> PRINTED_2020_TARGETS = new LinkedHashMap<>();

    static {
        PRINTED_2020_TARGETS.put("1-1", new Object[] {"4210.78", 28});
        PRINTED_2020_TARGETS.put("1-2", new Object[] {"6309.73", 39});
        PRINTED_2020_TARGETS.put("1-3", new Object[] {"705.93", 8});
        PRINTED_2020_TARGETS.put("2-1", new Object[] {"314.98", 6});
        PRINTED_2020_TARGETS.put("2-2", new Object[] {"717.91", 10});
        PRINTED_2020_TARGETS.put("3-1", new Object[] {"2031.86", 16});
        PRINTED_2020_TARGETS.put("3-2", new Object[] {"5448.27", 10});
        PRINTED_2020_TARGETS.put("3-3", new Object[] {"4173.88", 12});
        PRINTED_2020_TARGETS.put("4-1", new Object[] {"6641.69", 23});
        PRINTED_2020_TARGETS.put("4-2", new Object[] {"2810.29", 19});
    }

    private Warehouse warehouse;
    private JdbcTemplate jdbc;
    private String url;
    private int firstExit;

    @BeforeAll
    void ingestOnce() {
        warehouse = TestPostgres.freshWarehouse();
        jdbc = new JdbcTemplate(warehouse.dataSource());
        url = TestPostgres.cliUrl(warehouse);
        firstExit = PlanetlMain.run("ingest", "sample-docs", "--db-url", url);
    }

    @AfterAll
    void close() throws Exception {
        warehouse.close();
    }

    @Test
    @Order(1)
    void theSeed000AttachmentLoadsIts171ProjectLinesOnce() {
        assertThat(firstExit).isIn(0, 1);
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line where plan_year = 2020 "
                + "and fiscal_year = 2020 and measure = 'plan'", Integer.class)).isEqualTo(171);
        // 합계 of the 2020 plan as printed: 33,365.32억원
        assertThat(jdbc.queryForObject("select sum(amount_krw) from warehouse.v_budget_line where plan_year = 2020",
                BigDecimal.class)).isEqualByComparingTo(new BigDecimal("33365.32").multiply(EOK));
    }

    @Test
    @Order(2)
    void everyTargetsLinesAddUpToItsPrintedTotalAndTaskCount() {
        var rows = jdbc.queryForList("""
                select policy_area_code, sum(amount_krw) as amount, count(*) as n from warehouse.v_budget_line
                where plan_year = 2020 group by 1 order by 1""");
        assertThat(rows).hasSize(10);
        for (var row : rows) {
            Object[] printed = PRINTED_2020_TARGETS.get((String) row.get("policy_area_code"));
            assertThat(printed).as("target %s", row.get("policy_area_code")).isNotNull();
            assertThat((BigDecimal) row.get("amount")).as("target %s", row.get("policy_area_code"))
                    .isEqualByComparingTo(new BigDecimal((String) printed[0]).multiply(EOK));
            assertThat(((Number) row.get("n")).intValue()).isEqualTo(printed[1]);
        }
    }

    @Test
    @Order(3)
    void ministriesAreCanonicalAndStatusIsRead() {
        List<String> ministries = jdbc.queryForList(
                "select distinct ministry from warehouse.v_budget_line where plan_year = 2020 order by 1", String.class);
        assertThat(ministries).containsExactly("고용노동부", "과학기술정보통신부", "국토교통부", "농림축산식품부", "문화체육관광부",
                "보건복지부", "산업통상자원부", "중소벤처기업부", "해양수산부", "행정안전부", "환경부");
        // the attachment lists two 신규 projects; every other line says 계속
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line where is_new", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_line where is_new is null",
                Integer.class)).isZero();
        // 산업통상자원부's lines add up to its printed 2020 total, 9,283.40억원
        assertThat(jdbc.queryForObject("select sum(amount_krw) from warehouse.v_budget_line where plan_year = 2020 "
                + "and ministry = '산업통상자원부'", BigDecimal.class))
                .isEqualByComparingTo(new BigDecimal("9283.40").multiply(EOK));
    }

    @Test
    @Order(4)
    void everyPrintedTotalOfSeeds000And001IsThereOnceWithItsYearAndMeasure() {
        var counts = jdbc.queryForList("""
                select fiscal_year, measure, kind, count(*) as n,
                       count(distinct (coalesce(ministry, ''), coalesce(policy_area_code, ''))) as distinct_keys
                from warehouse.v_budget_total group by 1, 2, 3 order by 1, 2, 3""");
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (var r : counts) {
            assertThat(r.get("n")).isEqualTo(r.get("distinct_keys"));
            byKind.put(r.get("fiscal_year") + " " + r.get("measure") + " " + r.get("kind"),
                    ((Number) r.get("n")).intValue());
        }
        // seed 000: 4 goals, the grand total, 11 ministries, 28 non-empty matrix cells, 10 targets, per year
        for (String y : List.of("2019 actual", "2020 plan")) {
            assertThat(byKind).containsEntry(y + " goal", 4).containsEntry(y + " grand", 1)
                    .containsEntry(y + " ministry", 11).containsEntry(y + " ministry_goal", 28)
                    .containsEntry(y + " target", 10);
        }
        // seed 001: 4 goals, the grand total, 11 ministries, per year
        for (String y : List.of("2022 actual", "2023 plan")) {
            assertThat(byKind).containsEntry(y + " goal", 4).containsEntry(y + " grand", 1)
                    .containsEntry(y + " ministry", 11);
        }
        // the printed grand totals: 2조 8,202억 (28,202.24), 3조 3,365억 (33,365.32), 34,561.55, 32,682.70
        assertThat(jdbc.queryForList("select amount_krw / 100000000 from warehouse.v_budget_total where kind = 'grand' "
                + "order by fiscal_year", BigDecimal.class)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("28202.24"), new BigDecimal("33365.32"), new BigDecimal("34561.55"),
                        new BigDecimal("32682.70"));
        // the 2019 문화체육관광부 total printed as 966.11.00 is repaired to 966.11 억원, with its proof
        assertThat(jdbc.queryForObject("select amount_krw / 100000000 from warehouse.v_budget_total where kind = "
                + "'ministry' and fiscal_year = 2019 and ministry = '문화체육관광부'", BigDecimal.class))
                .isEqualByComparingTo("966.11");
    }

    @Test
    @Order(4)
    void noEmailAddressOrPhoneNumberAppearsInAnyWarehouseView() throws Exception {
        // seed 002 ends with a contact block: a name, a phone number and an e-mail address
        assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("sample-docs/002_051c73b7d6606d90.txt")))
                .containsPattern(EMAIL).containsPattern(PHONE);
        List<String> views = jdbc.queryForList("select table_schema || '.' || table_name from information_schema.views "
                + "where table_schema in ('warehouse', 'quality')", String.class);
        assertThat(views).contains("warehouse.v_budget_mention", "warehouse.v_budget_line", "quality.v_finding");
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_budget_mention where document like '002%'",
                Integer.class)).isPositive();
        for (String view : views) {
            String text = String.join("\n", jdbc.queryForList("select t::text from " + view + " t", String.class));
            assertThat(text).as(view).doesNotContainPattern(EMAIL).doesNotContainPattern(PHONE);
        }
    }

    @Test
    @Order(4)
    void everyLineAndTotalIsAFactOfTheCellItWasReadFrom() {
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_table_fact", Integer.class)).isPositive();
        assertThat(dev.planetl.testing.WarehouseAgreement.unbacked(jdbc)).isEmpty();
        assertThat(jdbc.queryForList("select rule from quality.v_finding where rule like 'table.projection%'",
                String.class)).as("no kind reader disagrees with the general table model").isEmpty();
    }

    @Test
    @Order(4)
    void aCleanRunCarriesOnlyWarningsAStewardMustActOn() {
        // 968 warnings before severity info: mostly prose amounts with no year, which no edit of a file changes;
        // then 131 warnings and 137 errors, mostly roadmap periods ('20~'25) under year columns read as amounts
        var bySeverity = jdbc.queryForMap("select count(*) filter (where severity in ('warning', 'error')) "
                + "as warnings, "
                + "count(*) filter (where severity = 'info') as infos from quality.v_finding where is_current");
        assertThat(((Number) bySeverity.get("warnings")).intValue()).as("warnings of a clean run: %s", bySeverity)
                .isLessThan(50);
        assertThat(((Number) bySeverity.get("infos")).intValue()).as("non-actionable findings are kept").isPositive();
    }

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile(
            "(?<!\\d)0\\d{1,2}[-. )]+\\d{3,4}[-. ]\\d{4}(?!\\d)");

    @Test
    @Order(4)
    void proseMentionsAndScheduledTasksAreLoadedWithTheirYears() {
        // seed 002: 소재부품패키지형 R&D : ('24) 8,295억원 → ('25) 8,272억원(884개 과제)
        assertThat(jdbc.queryForList("""
                select fiscal_year || ' ' || (amount_krw / 100000000)::bigint from warehouse.v_budget_mention
                where document like '002%' and subject like '%소재부품패키지형 R&D%' and kind = 'annual'
                order by fiscal_year""", String.class)).contains("2024 8295", "2025 8272");
        // the 공급망안정 R&D pair: 766억원 ('24) and 1,210억원 ('25)
        assertThat(jdbc.queryForList("""
                select fiscal_year || ' ' || (amount_krw / 100000000)::bigint from warehouse.v_budget_mention
                where document like '002%' and subject like '%공급망안정%' and kind = 'annual'
                order by fiscal_year""", String.class)).contains("2024 766", "2025 1210");
        // seed 003's schedule: every task, each with at least one canonical ministry or a finding
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_plan_task", Integer.class)).isEqualTo(34);
        assertThat(jdbc.queryForObject("select count(*) from warehouse.v_plan_task where start_year = 2020",
                Integer.class)).isPositive();
    }

    @Test
    @Order(5)
    void aSecondIngestSkipsEverythingAndChangesNothing() {
        List<Map<String, Object>> before = snapshot();
        int exit = PlanetlMain.run("ingest", "sample-docs", "--db-url", url);
        assertThat(exit).isEqualTo(firstExit);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from staging.run_document where run_id = "
                + "(select max(id) from quality.run) and action = 'process'", Integer.class)).isZero();
    }

    @Test
    @Order(6)
    void rerunOf2020ReloadsTheYearAndLeavesIdenticalContents() {
        List<Map<String, Object>> before = snapshot();
        int exit = PlanetlMain.run("rerun", "--year", "2020", "--db-url", url);
        assertThat(exit).isIn(0, 1);
        assertThat(jdbc.queryForObject("select count(*) from staging.run_document r join staging.document d "
                + "on d.id = r.document_id where r.run_id = (select max(id) from quality.run) and r.action = 'process' "
                + "and d.plan_year = 2020", Integer.class)).isPositive();
        assertThat(snapshot()).isEqualTo(before);
    }

    private List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.queryForList("""
                select document, fiscal_year, measure, ministry, policy_area_code, program, is_new, amount_krw,
                       amount_as_written, source_ref from warehouse.v_budget_line order by document, source_ref"""));
        rows.addAll(jdbc.queryForList("""
                select document, fiscal_year, measure, kind, ministry, policy_area_code, amount_krw, task_count,
                       share_pct, source_refs::text from warehouse.v_budget_total
                order by document, kind, fiscal_year, ministry, policy_area_code"""));
        return rows;
    }
}
