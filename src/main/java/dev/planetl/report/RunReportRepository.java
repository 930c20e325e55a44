package dev.planetl.report;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.Optional;

/** Reads a run's report from the warehouse. */
public class RunReportRepository {

    private final JdbcTemplate jdbc;

    public RunReportRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest run's id, if there is any run. */
    public Optional<Long> latestRun() {
        return Optional.ofNullable(jdbc.queryForObject("select max(id) from quality.run", Long.class));
    }

    public Optional<RunReport> load(long runId) {
        var runs = jdbc.queryForList("""
                select id, command, root, forced_year, status, to_char(started_at, 'YYYY-MM-DD HH24:MI:SS') as started,
                       to_char(ended_at, 'YYYY-MM-DD HH24:MI:SS') as ended, summary
                from quality.run where id = ?""", runId);
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> run = runs.get(0);
        var documents = jdbc.query("""
                select d.path, r.action, r.state, r.reason, d.plan_year, r.tables_found, r.tables_read, r.lines,
                       r.totals, r.mentions, r.findings
                from staging.run_document r join staging.document d on d.id = r.document_id
                where r.run_id = ? order by d.path""", (rs, i) -> new RunReport.DocumentRow(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), (Integer) rs.getObject(5),
                (Integer) rs.getObject(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8),
                (Integer) rs.getObject(9), (Integer) rs.getObject(10), (Integer) rs.getObject(11)), runId);
        var checks = jdbc.query("""
                select d.path, c.rule, c.scope, c.quantity, c.expected, c.computed, c.difference, c.status
                from quality.check_result c join staging.document d on d.id = c.document_id
                where c.run_id = ? order by c.status, d.path, c.id""", (rs, i) -> new RunReport.CheckRow(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8)), runId);
        var findings = jdbc.query("""
                select d.path, f.severity, f.rule, f.message, f.raw_text, f.page, f.source_ref
                from quality.finding f left join staging.document d on d.id = f.document_id
                where f.run_id = ?
                order by case f.severity when 'error' then 0 when 'warning' then 1 when 'repair' then 2 else 3 end,
                         f.rule, d.path, f.id""",
                (rs, i) -> new RunReport.FindingRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), (Integer) rs.getObject(6), rs.getString(7)), runId);
        var amounts = jdbc.query("""
                select coalesce(l.ministry, '(unresolved)'), l.fiscal_year, l.measure, sum(l.amount_krw)
                from warehouse.budget_line l
                where l.document_id in (select document_id from staging.run_document where run_id = ?)
                group by 1, 2, 3 order by 2, 4 desc""", (rs, i) -> new RunReport.AmountRow(rs.getString(1),
                rs.getInt(2), rs.getString(3), rs.getBigDecimal(4)), runId);
        var skipped = jdbc.query("select path, outcome, detail from staging.run_file where run_id = ? order by path",
                (rs, i) -> new RunReport.FileRow(rs.getString(1), rs.getString(2), rs.getString(3)), runId);
        return Optional.of(new RunReport(run, documents, checks, findings, amounts, skipped));
    }
}
