package dev.planetl.load;

import dev.planetl.read.BudgetLine;
import dev.planetl.read.BudgetMention;
import dev.planetl.read.Finding;
import dev.planetl.read.PlanTask;
import dev.planetl.read.ReportedTotal;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.TableFact;
import dev.planetl.validate.CheckResult;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes what a document yielded into the staging tables, replacing what its earlier processing left there.
 * Runs in the caller's transaction (the chunk's), so a document is staged whole or not at all.
 */
public class StagingRepository {

    private final JdbcTemplate jdbc;

    public StagingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stages the facts of a processed document and records its findings and checks for the run. */
    public void stage(long runId, DocumentFacts facts, String readerVersion) {
        long id = facts.document().id();
        deleteStaged(id);
        List<Finding> findings = new ArrayList<>(facts.findings());
        List<TotalRow> totals = mergeTotals(facts.totals(), findings);
        insertLines(id, facts.lines());
        insertTotals(id, totals);
        insertMentions(id, facts.mentions());
        insertTasks(id, facts.tasks());
        insertTableFacts(id, facts.facts());
        insertFindings(runId, id, findings);
        insertChecks(runId, id, facts.checks());
        var plan = facts.plan();
        var meta = facts.metadata();
        String state = facts.heldBack() ? "held_back" : "processed";
        String reason = facts.heldBack() ? facts.holdBackReason() : facts.caveat();
        jdbc.update("""
                update staging.document set format = ?, media_type = ?, page_count = ?, plan_title = ?, plan_year = ?,
                       plan_year_source = ?, plan_series = ?, issuer = ?, published_on = ?, status = ?, reason = ?,
                       reader_version = ?, processed_at = now(), last_run_id = ?
                where id = ?""",
                meta.format().name().toLowerCase(java.util.Locale.ROOT), meta.mediaType(), meta.pageCount(),
                plan.title(), facts.planYear(), facts.planYearSource(), plan.series(), plan.issuer(), plan.date(),
                state, reason, readerVersion, runId, id);
        jdbc.update("""
                update staging.run_document set state = ?, reason = ?, lines = ?, totals = ?, mentions = ?, tasks = ?,
                       findings = ?, tables_found = ?, tables_read = ?, facts = ?
                where run_id = ? and document_id = ?""",
                state, reason, facts.lines().size(), totals.size(), facts.mentions().size(),
                facts.tasks().size(), findings.size(), facts.tablesFound(), facts.tablesRead(), facts.facts().size(),
                runId, id);
    }

    /**
     * Records that a document could not be processed. Its earlier published facts, if any, stay published;
     * the failure and its reason are what the steward sees.
     */
    public void recordFailure(long runId, long documentId, String reason, String readerVersion) {
        jdbc.update("""
                update staging.document set status = 'failed', reason = ?, reader_version = ?, processed_at = now(),
                       last_run_id = ?
                where id = ?""", reason, readerVersion, runId, documentId);
        jdbc.update("update staging.run_document set state = 'failed', reason = ?, findings = 1 "
                + "where run_id = ? and document_id = ?", reason, runId, documentId);
        jdbc.update("""
                insert into quality.finding (run_id, document_id, severity, rule, message, raw_text)
                values (?, ?, 'error', 'document.failed', ?, '')""", runId, documentId, reason);
    }

    private void deleteStaged(long id) {
        for (String table : Publisher.FACT_TABLES) {
            jdbc.update("delete from staging." + table + " where document_id = ?", id);
        }
    }

    private void insertLines(long id, List<BudgetLine> lines) {
        List<Object[]> rows = new ArrayList<>();
        int ordinal = 0;
        for (BudgetLine l : lines) {
            rows.add(new Object[] {id, ordinal++, l.fiscalYear(), l.measure().code(), l.ministry(),
                    l.ministryAsWritten(), l.policyAreaCode(), l.policyArea(), l.program(), l.isNew(),
                    l.amountKrw(), l.amountAsWritten(), l.unitAsWritten(), page(l.source()), ref(l.source()),
                    raw(l.source())});
        }
        jdbc.batchUpdate("""
                insert into staging.budget_line (document_id, ordinal, fiscal_year, measure, ministry,
                    ministry_as_written, policy_area_code, policy_area, program, is_new, amount_krw,
                    amount_as_written, unit_as_written, page, source_ref, raw_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void insertTotals(long id, List<TotalRow> totals) {
        int ordinal = 0;
        for (TotalRow row : totals) {
            ReportedTotal t = row.first();
            int ord = ordinal++;
            jdbc.execute((Connection c) -> {
                Array refs = c.createArrayOf("text", row.refs().toArray());
                try (var ps = c.prepareStatement("""
                        insert into staging.budget_total (document_id, ordinal, kind, fiscal_year, measure, ministry,
                            ministry_as_written, policy_area_code, policy_area, policy_area_as_written, task_count,
                            share_pct, amount_krw, amount_as_written, unit_as_written, page, source_refs)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    ps.setLong(1, id);
                    ps.setInt(2, ord);
                    ps.setString(3, t.kind().code());
                    ps.setInt(4, t.fiscalYear());
                    ps.setString(5, t.measure().code());
                    ps.setString(6, t.ministry());
                    ps.setString(7, t.ministryAsWritten());
                    ps.setString(8, t.policyAreaCode());
                    ps.setString(9, t.policyArea());
                    ps.setString(10, t.policyAreaAsWritten());
                    ps.setObject(11, row.taskCount());
                    ps.setBigDecimal(12, row.sharePct());
                    ps.setBigDecimal(13, t.amountKrw());
                    ps.setString(14, t.amountAsWritten());
                    ps.setString(15, t.unitAsWritten());
                    ps.setObject(16, page(t.source()));
                    ps.setArray(17, refs);
                    return ps.executeUpdate();
                }
            });
        }
    }

    private void insertMentions(long id, List<BudgetMention> mentions) {
        List<Object[]> rows = new ArrayList<>();
        int ordinal = 0;
        for (BudgetMention m : mentions) {
            rows.add(new Object[] {id, ordinal++, m.fiscalYear(), m.periodStart(), m.periodEnd(), m.subject(),
                    m.amount(), m.amountAsWritten(), m.kind().code(), m.currency(), m.sentence(), page(m.source()),
                    ref(m.source())});
        }
        jdbc.batchUpdate("""
                insert into staging.budget_mention (document_id, ordinal, fiscal_year, period_start, period_end,
                    subject, amount_krw, amount_as_written, kind, currency, sentence, page, source_ref)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void insertTasks(long id, List<PlanTask> tasks) {
        int ordinal = 0;
        for (PlanTask t : tasks) {
            int ord = ordinal++;
            jdbc.execute((Connection c) -> {
                try (var ps = c.prepareStatement("""
                        insert into staging.plan_task (document_id, ordinal, section, task, ministries,
                            ministries_as_written, start_year, end_year, ongoing, schedule_as_written, page, source_ref)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    ps.setLong(1, id);
                    ps.setInt(2, ord);
                    ps.setString(3, t.section());
                    ps.setString(4, t.task());
                    ps.setArray(5, c.createArrayOf("text", t.ministries().toArray()));
                    ps.setString(6, t.ministriesAsWritten());
                    ps.setObject(7, t.startYear());
                    ps.setObject(8, t.endYear());
                    ps.setBoolean(9, t.ongoing());
                    ps.setString(10, t.scheduleAsWritten());
                    ps.setObject(11, page(t.source()));
                    ps.setString(12, ref(t.source()));
                    return ps.executeUpdate();
                }
            });
        }
    }

    private void insertTableFacts(long id, List<TableFact> facts) {
        List<Object[]> rows = new ArrayList<>();
        int ordinal = 0;
        for (TableFact f : facts) {
            rows.add(new Object[] {id, ordinal++, f.tableRef(), f.rowPathText(), f.columnPathText(), f.fiscalYear(),
                    f.measure().code(), f.currency(), f.amount(), f.amountAsWritten(), f.unitAsWritten(), f.isTotal(),
                    f.checkStatus().code(), page(f.source()), ref(f.source())});
        }
        jdbc.batchUpdate("""
                insert into staging.table_fact (document_id, ordinal, table_ref, row_path, column_path, fiscal_year,
                    measure, currency, amount, amount_as_written, unit_as_written, is_total, check_status, page,
                    source_ref)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void insertFindings(long runId, long id, List<Finding> findings) {
        List<Object[]> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(new Object[] {runId, id, f.severity().code(), f.rule(), f.message(), f.rawText(),
                    page(f.source()), ref(f.source())});
        }
        jdbc.batchUpdate("""
                insert into quality.finding (run_id, document_id, severity, rule, message, raw_text, page, source_ref)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private void insertChecks(long runId, long id, List<CheckResult> checks) {
        List<Object[]> rows = new ArrayList<>();
        for (CheckResult c : checks) {
            rows.add(new Object[] {runId, id, c.rule(), c.scope(), c.fiscalYear(),
                    c.measure() == null ? null : c.measure().code(), c.quantity().code(), c.expected(), c.computed(),
                    c.difference(), c.tolerance(), c.passed() ? "pass" : "fail"});
        }
        jdbc.batchUpdate("""
                insert into quality.check_result (run_id, document_id, rule, scope, fiscal_year, measure, quantity,
                    expected, computed, difference, tolerance, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /**
     * One row per distinct total: a figure two tables both print is one row with both sources. Where two
     * printings of the same figure disagree, neither is kept and a finding says so: a wrong number is worse than
     * a missing one.
     */
    static List<TotalRow> mergeTotals(List<ReportedTotal> totals, List<Finding> findings) {
        Map<List<Object>, List<ReportedTotal>> byKey = new LinkedHashMap<>();
        for (ReportedTotal t : totals) {
            if (t.amountKrw() == null) {
                continue; // unreadable and unrepaired: its number.malformed finding is already recorded
            }
            List<Object> key = java.util.Arrays.asList(t.kind(), t.fiscalYear(), t.measure(), t.ministry(),
                    t.policyAreaCode());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        List<TotalRow> rows = new ArrayList<>();
        for (List<ReportedTotal> group : byKey.values()) {
            ReportedTotal first = group.get(0);
            boolean agree = group.stream().allMatch(t -> t.amountKrw().compareTo(first.amountKrw()) == 0);
            if (!agree) {
                for (ReportedTotal t : group) {
                    findings.add(new Finding(Severity.ERROR, "figure.conflict",
                            "The same " + t.kind().code() + " total for " + t.fiscalYear() + " " + t.measure().code()
                                    + " is printed with different amounts in different tables; none is loaded",
                            t.amountAsWritten(), t.source()));
                }
                continue;
            }
            List<String> refs = group.stream().map(t -> t.source().ref()).distinct().toList();
            Integer taskCount = group.stream().map(ReportedTotal::taskCount).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            var share = group.stream().map(ReportedTotal::sharePct).filter(Objects::nonNull).findFirst().orElse(null);
            rows.add(new TotalRow(first, refs, taskCount, share));
        }
        return rows;
    }

    record TotalRow(ReportedTotal first, List<String> refs, Integer taskCount, java.math.BigDecimal sharePct) {
    }

    private static Integer page(SourceRef s) {
        return s == null ? null : s.page();
    }

    private static String ref(SourceRef s) {
        return s == null ? null : s.ref();
    }

    private static String raw(SourceRef s) {
        return s == null ? null : s.raw();
    }
}
