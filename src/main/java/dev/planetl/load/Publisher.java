package dev.planetl.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a run's staged documents into the warehouse, one transaction per plan year, so analysts never see
 * half a year. Publishing a year again is harmless: facts are replaced per document, never appended.
 */
public class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);
    static final List<String> FACT_TABLES = List.of("budget_line", "budget_total", "budget_mention", "plan_task");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    public Publisher(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /**
     * Publishes every document the run processed or held back and has not published yet.
     *
     * @return the plan years published (null stands for documents whose plan year is unknown)
     */
    public List<Integer> publish(long runId) {
        List<Integer> years = jdbc.query("""
                select distinct d.plan_year from staging.run_document r join staging.document d on d.id = r.document_id
                where r.run_id = ? and r.state in ('processed', 'held_back')
                order by d.plan_year nulls last""", (rs, i) -> (Integer) rs.getObject(1), runId);
        List<Integer> done = new ArrayList<>();
        for (Integer year : years) {
            tx.executeWithoutResult(status -> publishYear(runId, year));
            done.add(year);
            log.info("Published plan year {}", year == null ? "(unknown)" : year);
        }
        return done;
    }

    private void publishYear(long runId, Integer year) {
        List<long[]> docs = jdbc.query("""
                select d.id, case when r.state = 'held_back' then 1 else 0 end
                from staging.run_document r join staging.document d on d.id = r.document_id
                where r.run_id = ? and r.state in ('processed', 'held_back') and d.plan_year is not distinct from ?
                for update of d""", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, runId, year);
        for (long[] doc : docs) {
            long id = doc[0];
            boolean heldBack = doc[1] == 1;
            // The earlier contents of the same file are replaced by this one.
            List<Long> replaced = jdbc.queryForList("""
                    select old.id from staging.document old join staging.document cur
                      on cur.root = old.root and cur.path = old.path
                    where cur.id = ? and old.id <> cur.id and old.status = 'superseded'""", Long.class, id);
            for (String table : FACT_TABLES) {
                jdbc.update("delete from warehouse." + table + " where document_id = ?", id);
                for (Long old : replaced) {
                    jdbc.update("delete from warehouse." + table + " where document_id = ?", old);
                }
                if (!heldBack) {
                    jdbc.update("insert into warehouse." + table + " select * from staging." + table
                            + " where document_id = ?", id);
                }
            }
            jdbc.update("update staging.document set status = ?, published_at = case when ? then published_at "
                    + "else now() end where id = ?", heldBack ? "held_back" : "published", heldBack, id);
            jdbc.update("update staging.run_document set state = ? where run_id = ? and document_id = ?",
                    heldBack ? "held_back" : "published", runId, id);
        }
    }
}
