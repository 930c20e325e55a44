package dev.planetl.truth;

import dev.planetl.cli.PlanetlMain;
import dev.planetl.db.Warehouse;
import dev.planetl.testing.TestPostgres;
import dev.planetl.truth.KnownGaps.Gap;
import dev.planetl.truth.TruthComparison.LandedFact;
import dev.planetl.truth.TruthComparison.LandedLine;
import dev.planetl.truth.TruthComparison.LandedTotal;
import dev.planetl.truth.TruthComparison.Missing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rendering of each test plan of another series (src/test/resources/plans: PDF ruled and unruled, DOCX, HWP,
 * HWPX, HTML), ingested alone into an empty warehouse under the default policy, compared with the plan's truth
 * (sample-docs/truth, written from the plan text, never from planetl's output):
 * <ol>
 *   <li>no wrong figure, strictly: every row landed in v_budget_line, v_budget_total and (where the view exists)
 *       v_table_fact is a truth row with the same keys and the same amount;</li>
 *   <li>completeness against sample-docs/truth/known-gaps.tsv: every truth row lands unless the list names it, and a
 *       listed gap that lands fails the test, so the list only shrinks.</li>
 * </ol>
 * Facts are compared only where the warehouse has {@code warehouse.v_table_fact}; without the view, fact rows of the
 * gap list are not checked either way.
 *
 * <p>{@code -Dplanetl.truth.writeGaps=true} writes every truth row that did not land to target/known-gaps.tsv (with
 * the document's outcome as a first reason) instead of checking completeness; a person reviews it and copies it
 * over sample-docs/truth/known-gaps.tsv. A summary per rendering goes to target/other-plans-summary.tsv, what each landed to target/other-plans-landed/.
 */
class OtherPlansIngestIT {

    private static final boolean WRITE_GAPS = Boolean.getBoolean("planetl.truth.writeGaps");
    private static final Path GAPS_OUT = Path.of("target", "known-gaps.tsv");
    private static final Path SUMMARY = Path.of("target", "other-plans-summary.tsv");

    @TempDir
    Path tmp;

    @BeforeAll
    static void startAfresh() throws Exception {
        Files.deleteIfExists(GAPS_OUT);
        Files.createDirectories(SUMMARY.toAbsolutePath().getParent());
        Files.writeString(SUMMARY, "plan\trendering\tstatus\ttruth_lines\tlanded_lines\twrong_lines\ttruth_totals"
                + "\tlanded_totals\twrong_totals\ttruth_facts\tlanded_facts\twrong_facts\n");
    }

    static Stream<Arguments> renderings() {
        // -Dplanetl.truth.renderings=chromium.pdf,docx runs only those renderings (while one is being worked on)
        String only = System.getProperty("planetl.truth.renderings", "");
        List<String> renderings = only.isBlank() ? OtherPlans.RENDERINGS : List.of(only.split(","));
        return PlanTruth.stems().stream().flatMap(stem -> renderings.stream()
                .map(rendering -> Arguments.of(stem, rendering)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("renderings")
    void aRenderingAloneLandsNoWrongFigureAndEveryTruthRowThatIsNoKnownGap(String stem, String rendering)
            throws Exception {
        PlanTruth truth = PlanTruth.load(stem);
        Landed landed = ingestAlone(stem + "." + rendering);
        TruthComparison c = TruthComparison.compare(truth, landed.lines(), landed.totals(), landed.facts());
        summarise(stem, rendering, truth, landed, c);

        if (WRITE_GAPS) {
            // written before the wrong-figure check, so a rendering that fails it still has its gaps listed
            List<Gap> gaps = c.missing().stream().map(m -> new Gap(stem, rendering, m.kind(), m.key(),
                    reason(m, landed))).toList();
            KnownGaps.append(GAPS_OUT, gaps);
        }
        assertThat(c.wrong()).as("%s.%s landed figures that are not the plan's (status %s)", stem, rendering,
                landed.status()).isEmpty();
        assertThat(landed.unbacked()).as("%s.%s: lines and totals that are no fact of their cell", stem, rendering)
                .isEmpty();
        if (WRITE_GAPS) {
            return;
        }
        KnownGaps known = KnownGaps.load();
        List<String> notListed = new ArrayList<>();
        List<String> nowLanding = new ArrayList<>();
        for (String kind : landed.facts() == null ? List.of("line", "total") : List.of("line", "total", "fact")) {
            List<String> missingKeys = c.missing().stream().filter(m -> m.kind().equals(kind)).map(Missing::key)
                    .toList();
            List<String> listed = known.keys(stem, rendering, kind);
            missingKeys.stream().filter(k -> !listed.contains(k)).forEach(k -> notListed.add(kind + " " + k));
            listed.stream().filter(k -> !missingKeys.contains(k)).forEach(k -> nowLanding.add(kind + " " + k));
        }
        assertThat(notListed).as("%s.%s: truth rows that did not land and are no known gap (status %s)", stem,
                rendering, landed.status()).isEmpty();
        assertThat(nowLanding).as("%s.%s: these now land, remove them from known-gaps.tsv", stem, rendering)
                .isEmpty();
    }

    record Landed(String status, String reason, List<LandedLine> lines, List<LandedTotal> totals,
                  List<LandedFact> facts, List<String> findings, List<String> unbacked) {
    }

    private Landed ingestAlone(String file) throws Exception {
        Path source = OtherPlans.DIR.resolve(file);
        assertThat(source).as("rendering %s", file).exists();
        Path docs = Files.createDirectories(tmp.resolve(file.replace('.', '_')));
        Files.copy(source, docs.resolve(file));
        try (Warehouse w = TestPostgres.freshWarehouse()) {
            int exit = PlanetlMain.run("ingest", docs.toString(), "--db-url", TestPostgres.cliUrl(w));
            assertThat(exit).as("ingest of %s: 0 or 1, never a failed job", file).isIn(0, 1);
            JdbcTemplate jdbc = new JdbcTemplate(w.dataSource());
            var doc = jdbc.queryForMap("select status, reason from staging.document where path = ?", file);
            List<LandedLine> lines = jdbc.query("""
                    select program, ministry, fiscal_year, measure, amount_krw, is_new, policy_area_code
                    from warehouse.v_budget_line order by source_ref""", (rs, i) -> new LandedLine(
                    rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBigDecimal(5),
                    (Boolean) rs.getObject(6), rs.getString(7)));
            List<LandedTotal> totals = jdbc.query("""
                    select kind, policy_area_code, ministry, fiscal_year, measure, amount_krw
                    from warehouse.v_budget_total order by 1, 2, 3, 4, 5""", (rs, i) -> new LandedTotal(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                    rs.getBigDecimal(6)));
            boolean factView = jdbc.queryForObject("select count(*) from information_schema.views where "
                    + "table_schema = 'warehouse' and table_name = 'v_table_fact'", Integer.class) > 0;
            List<LandedFact> facts = !factView ? null : jdbc.query("""
                    select row_path, column_path, fiscal_year, measure, currency, amount, is_total
                    from warehouse.v_table_fact order by source_ref""", (rs, i) -> new LandedFact(
                    rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                    rs.getBigDecimal(6), rs.getBoolean(7)));
            List<String> findings = jdbc.queryForList("""
                    select severity || ' ' || rule || ' ' || coalesce(source_ref, '') || ' ' || coalesce(raw_text, '')
                    || ' : ' || coalesce(message, '') from quality.v_finding where severity <> 'repair' order by 1""",
                    String.class);
            return new Landed((String) doc.get("status"), (String) doc.get("reason"), lines, totals, facts,
                    findings, factView ? dev.planetl.testing.WarehouseAgreement.unbacked(jdbc) : List.of());
        }
    }

    private static void summarise(String stem, String rendering, PlanTruth truth, Landed landed, TruthComparison c)
            throws Exception {
        long wrongLines = c.wrong().stream().filter(w -> w.startsWith("line ")).count();
        long wrongTotals = c.wrong().stream().filter(w -> w.startsWith("total ")).count();
        long wrongFacts = c.wrong().stream().filter(w -> w.startsWith("fact ")).count();
        String facts = landed.facts() == null ? "no view" : Integer.toString(landed.facts().size());
        Files.writeString(SUMMARY, String.join("\t", stem, rendering, landed.status(),
                Integer.toString(truth.lines().size()), Integer.toString(landed.lines().size()),
                Long.toString(wrongLines), Integer.toString(truth.totals().size()),
                Integer.toString(landed.totals().size()), Long.toString(wrongTotals),
                Integer.toString(truth.facts().size()), facts, Long.toString(wrongFacts)) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        // what landed, and what of it is wrong, for the person who reviews the gaps
        StringBuilder dump = new StringBuilder();
        landed.lines().forEach(l -> dump.append("line\t").append(l).append('\n'));
        landed.totals().forEach(t -> dump.append("total\t").append(t).append('\n'));
        if (landed.facts() != null) {
            landed.facts().forEach(f -> dump.append("fact\t").append(f).append('\n'));
        }
        c.wrong().forEach(w -> dump.append("WRONG\t").append(w).append('\n'));
        landed.findings().forEach(f -> dump.append("finding\t").append(oneLine(f)).append('\n'));
        Path out = Files.createDirectories(Path.of("target", "other-plans-landed"));
        Files.writeString(out.resolve(stem + "." + rendering + ".txt"), dump);
    }

    /** A first reason for a gap, for the person who reviews the regenerated list. */
    private static String reason(Missing m, Landed landed) {
        if (!m.partly().isEmpty()) {
            return m.partly();
        }
        boolean none = switch (m.kind()) {
            case "line" -> landed.lines().isEmpty();
            case "total" -> landed.totals().isEmpty();
            default -> landed.facts() == null || landed.facts().isEmpty();
        };
        String outcome = "document " + landed.status()
                + (landed.reason() == null ? "" : " (" + oneLine(landed.reason()) + ")");
        return none ? "no " + m.kind() + " of this rendering lands; " + outcome : "not landed; " + outcome;
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
    }
}
