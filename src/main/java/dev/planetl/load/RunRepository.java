package dev.planetl.load;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The runs table (quality.run) and the per-run document outcomes. Runs in the caller's transaction. */
public class RunRepository {

    private final JdbcTemplate jdbc;

    public RunRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The run of a job instance, created on first call; a restarted job instance keeps its run. */
    public long runFor(long jobInstanceId, String command, String root, Integer forcedYear) {
        Long id = jdbc.query("select id from quality.run where job_instance_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, jobInstanceId);
        if (id != null) {
            jdbc.update("update quality.run set status = 'running', ended_at = null where id = ?", id);
            return id;
        }
        return jdbc.queryForObject("""
                insert into quality.run (job_instance_id, command, root, forced_year) values (?, ?, ?, ?)
                returning id""", Long.class, jobInstanceId, command, root, forcedYear);
    }

    public long existingRunFor(long jobInstanceId) {
        return jdbc.queryForObject("select id from quality.run where job_instance_id = ?", Long.class, jobInstanceId);
    }

    /** Adds the run's documents, each to be processed (pending) or skipped as its registration says, in one batch. */
    public void addDocuments(long runId, List<DocumentRegistry.Registration> registrations) {
        List<Object[]> rows = new ArrayList<>(registrations.size());
        for (DocumentRegistry.Registration r : registrations) {
            rows.add(new Object[] {runId, r.id(), r.process() ? "process" : "skip",
                r.process() ? "pending" : "skipped"});
        }
        jdbc.batchUpdate("""
                insert into staging.run_document (run_id, document_id, action, state) values (?, ?, ?, ?)
                on conflict (run_id, document_id) do nothing""", rows);
    }

    /**
     * Takes a document of the run for staging, in the caller's transaction: true when it is still pending (its row
     * then stays locked, so no other transaction can take it until this one ends), false when another execution
     * of the run staged it or recorded its failure already. Records which process took it, on the run's row and
     * on the document.
     */
    public boolean claim(long runId, long documentId, String workerHost, long workerPid) {
        int claimed = jdbc.update("""
                update staging.run_document set worker_host = ?, worker_pid = ?
                where run_id = ? and document_id = ? and state = 'pending'""", workerHost, workerPid, runId, documentId);
        if (claimed == 0) {
            return false;
        }
        jdbc.update("update staging.document set worker_host = ?, worker_pid = ? where id = ?", workerHost, workerPid,
                documentId);
        return true;
    }

    /**
     * Counts of the run's documents by outcome, and of the facts in the warehouse from them. A document the run
     * skipped because it is unchanged still counts as failed or held back when it is: it is not good yet.
     */
    public RunSummary summarize(long runId) {
        Map<String, Object> m = jdbc.queryForMap("""
                select count(*) as seen,
                       count(*) filter (where r.action = 'process') as processed,
                       count(*) filter (where r.action = 'skip') as skipped,
                       count(*) filter (where r.state = 'failed' or (r.action = 'skip' and d.status = 'failed'))
                         + (select count(*) from staging.run_file f
                              where f.run_id = ? and f.outcome in ('empty', 'unreadable')) as failed,
                       count(*) filter (where r.state = 'held_back' or (r.action = 'skip' and d.status = 'held_back'))
                         as held_back,
                       (select count(*) from warehouse.budget_line l
                          where l.document_id in (select document_id from staging.run_document where run_id = ?)) as lines,
                       (select count(*) from warehouse.budget_total t
                          where t.document_id in (select document_id from staging.run_document where run_id = ?)) as totals,
                       count(*) filter (where r.state = 'pending') as pending,
                       count(*) filter (where r.state = 'published_with_findings'
                         or (r.action = 'skip' and d.status = 'published_with_findings')) as with_findings
                from staging.run_document r join staging.document d on d.id = r.document_id
                where r.run_id = ?""", runId, runId, runId, runId);
        return new RunSummary(runId, num(m, "seen"), num(m, "processed"), num(m, "skipped"), num(m, "failed"),
                num(m, "held_back"), num(m, "lines"), num(m, "totals"), num(m, "pending"),
                num(m, "with_findings"));
    }

    public void finish(RunSummary s, String status) {
        jdbc.update("""
                update quality.run set ended_at = now(), status = ?, documents_seen = ?, documents_processed = ?,
                       documents_skipped = ?, documents_failed = ?, documents_held_back = ?, lines_published = ?,
                       totals_published = ?, summary = ?
                where id = ?""", status, s.seen(), s.processed(), s.skipped(), s.failed(), s.heldBack(), s.lines(),
                s.totals(), s.line(), s.runId());
    }

    public void markFailed(long runId) {
        jdbc.update("update quality.run set ended_at = now(), status = 'failed' where id = ?", runId);
    }

    private static int num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }
}
