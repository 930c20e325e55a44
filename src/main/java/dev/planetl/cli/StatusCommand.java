package dev.planetl.cli;

import dev.planetl.db.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows the current findings (errors first, grouped by rule and document), failed checks, "
                + "recent runs, each document's outcome with the reason of each failure, and every file of the "
                + "latest run that was not read, with why.")
public class StatusCommand implements Callable<Integer> {

    @Mixin
    WarehouseOptions warehouse;

    @Option(names = "--year", paramLabel = "YEAR", description = "Only the documents of this plan year.")
    Integer year;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "How many recent runs (default 10).")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Warehouse w = warehouse.openForReading("status"); Connection jdbc = w.dataSource().getConnection()) {
            findingsAndChecks(out, jdbc);
            out.println("Recent runs");
            out.print(TextTable.aligned(List.of("run", "command", "started", "status", "summary"), Rows.query(jdbc, """
                    select id, command || coalesce(' --year ' || forced_year, '') || ' ' || root,
                           to_char(started_at, 'YYYY-MM-DD HH24:MI:SS'), status, coalesce(summary, '')
                    from quality.run order by id desc limit ?""", runs)));
            out.println();
            out.println(year == null ? "Documents" : "Documents of plan year " + year);
            out.print(TextTable.aligned(
                    List.of("document", "plan year", "status", "in warehouse", "missing", "last run", "lines", "totals",
                            "errors", "read by", "reason"),
                    Rows.query(jdbc, """
                            select d.path, coalesce(d.plan_year::text, '?'), d.status,
                                   case when p.primary_document_id = d.id then 'yes'
                                        when p.id is not null then 'rendering of ' || pd.path
                                        else '' end,
                                   case when d.missing then 'yes' else '' end,
                                   coalesce(d.last_run_id::text, ''),
                                   (select count(*) from staging.budget_line l where l.document_id = d.id)::text,
                                   (select count(*) from staging.budget_total t where t.document_id = d.id)::text,
                                   (select count(*) from quality.finding f where f.document_id = d.id
                                      and f.run_id = d.last_run_id and f.severity = 'error')::text,
                                   coalesce(d.worker_host || ' pid ' || d.worker_pid, ''),
                                   coalesce(d.reason, '')
                            from staging.document d
                            left join warehouse.publication p on p.id = d.publication_id
                            left join staging.document pd on pd.id = p.primary_document_id
                            where d.status <> 'superseded' and (?::int is null or d.plan_year = ?::int)
                            order by d.plan_year nulls first, d.path""", year, year)));
            out.println("lines and totals: what each file yielded; only the file marked 'yes' of each publication "
                    + "has them in the warehouse; read by: the process (host, pid) that read it last. "
                    + "planetl report RUN lists every finding.");
            skippedFiles(out, jdbc);
            out.flush();
        }
        return 0;
    }

    /** What a steward acts on, first: errors and warnings by rule and document, then the failed checks. */
    private void findingsAndChecks(PrintWriter out, Connection jdbc) throws SQLException {
        out.println(year == null ? "Findings (latest processing of each file; errors first)"
                : "Findings of plan year " + year + " (latest processing of each file; errors first)");
        String docFilter = " and (?::int is null or document in (select path from staging.document where plan_year = ?::int))";
        out.print(TextTable.aligned(List.of("severity", "rule", "document", "count"), Rows.query(jdbc, """
                select severity, rule, coalesce(document, ''), count(*) from quality.v_finding
                where is_current and severity in ('error', 'warning', 'repair')""" + docFilter + """
                 group by 1, 2, 3
                order by case severity when 'error' then 0 when 'warning' then 1 else 2 end, rule, 3""",
                year, year)));
        Long info = Rows.number(jdbc, "select count(*) from quality.v_finding where is_current "
                + "and severity = 'info'" + docFilter, year, year);
        out.println(info + " info findings kept for the record, nothing to act on (planetl report RUN lists them)");
        out.println();
        var failed = Rows.query(jdbc, """
                select document, rule, coalesce(scope, ''), coalesce(expected::text, ''), coalesce(computed::text, '')
                from quality.v_reconciliation where is_current and status = 'fail'""" + docFilter + """
                 order by document, rule""", year, year);
        Long passed = Rows.number(jdbc, "select count(*) from quality.v_reconciliation where is_current "
                + "and status <> 'fail'" + docFilter, year, year);
        out.println("Checks: " + failed.size() + " failed, " + passed + " passed (planetl report RUN lists them)");
        if (!failed.isEmpty()) {
            out.print(TextTable.aligned(List.of("document", "rule", "scope", "printed", "computed"), failed));
        }
        out.println();
    }

    /** Every file of the latest run that was not read as a document: duplicates, links, special files, excluded. */
    private static void skippedFiles(PrintWriter out, Connection jdbc) throws SQLException {
        Long run = Rows.number(jdbc, "select max(id) from quality.run");
        if (run == null) {
            return;
        }
        var rows = Rows.query(jdbc, "select path, outcome, detail from staging.run_file where run_id = ? order by path",
                run).stream().map(r -> List.of(r.get(0), dev.planetl.report.RunReportHtml.skippedOutcome(
                        new dev.planetl.report.RunReport.FileRow(r.get(0), r.get(1), r.get(2))))).toList();
        out.println();
        out.println("Files of run " + run + " not read (" + rows.size() + ")");
        if (!rows.isEmpty()) {
            out.print(TextTable.aligned(List.of("file", "outcome"), rows));
        }
    }
}
