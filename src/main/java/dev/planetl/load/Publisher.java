package dev.planetl.load;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Publishes a run's staged documents into the warehouse, one transaction per plan year, so analysts never see
 * half a year. Publishing a year again is harmless: facts are replaced per document, never appended.
 *
 * <p>Files that render the same plan document (same normalised title, plan year and issuer, figures that agree:
 * see {@link PublicationGrouping}) form one publication: only the file whose extraction passed the most checks has
 * its facts in the warehouse, and every other file's totals are compared with it; a figure on which they disagree
 * is a finding. Files of unknown plan year are never merged.
 */
public class Publisher {

    private static final Logger log = LoggerFactory.getLogger(Publisher.class);
    static final List<String> FACT_TABLES = List.of("budget_line", "budget_total", "budget_mention", "plan_task",
            "table_fact");

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
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('planetl.publish'))");
        List<long[]> docs = jdbc.query("""
                select d.id, case when r.state = 'held_back' then 1 when r.reason is not null then 2 else 0 end
                from staging.run_document r join staging.document d on d.id = r.document_id
                where r.run_id = ? and r.state in ('processed', 'held_back') and d.plan_year is not distinct from ?
                """, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, runId, year);
        for (long[] doc : docs) {
            long id = doc[0];
            boolean heldBack = doc[1] == 1;
            // published, but not clean: the staged reason says why (errors found, tables that yielded no fact)
            String published = doc[1] == 2 ? "published_with_findings" : "published";
            // The earlier contents of the same file are replaced by this one; a held-back document's facts leave.
            List<Long> gone = new ArrayList<>(jdbc.queryForList("""
                    select old.id from staging.document old join staging.document cur
                      on cur.root = old.root and cur.path = old.path
                    where cur.id = ? and old.id <> cur.id and old.status = 'superseded'""", Long.class, id));
            if (heldBack) {
                gone.add(id);
            }
            for (Long g : gone) {
                deleteFacts(g);
                jdbc.update("update staging.document set publication_id = null where id = ?", g);
            }
            jdbc.update("update staging.document set status = ?, published_at = case when ? then published_at "
                    + "else now() end where id = ?", heldBack ? "held_back" : published, heldBack, id);
            jdbc.update("update staging.run_document set state = ? where run_id = ? and document_id = ?",
                    heldBack ? "held_back" : published, runId, id);
        }
        regroupPublications(runId, year);
    }

    /** Recomputes the year's publications and makes the warehouse hold each one's primary file's facts only. */
    private void regroupPublications(long runId, Integer year) {
        List<Candidate> candidates = jdbc.query("""
                select d.id, d.sha256, d.plan_title, d.path, d.issuer,
                       (select count(*) from quality.check_result c where c.document_id = d.id
                          and c.run_id = d.last_run_id and c.status = 'pass') as passed,
                       (select count(*) from quality.finding f where f.document_id = d.id
                          and f.run_id = d.last_run_id and f.severity = 'error') as errors,
                       (select count(*) from staging.budget_line l where l.document_id = d.id)
                         + (select count(*) from staging.budget_total t where t.document_id = d.id) as facts
                from staging.document d
                where d.status in ('published', 'published_with_findings') and d.plan_year is not distinct from ?
                order by d.path""", (rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)), year);
        Map<Long, Map<String, BigDecimal>> printed = new LinkedHashMap<>();
        for (PublicationGrouping.Group group : PublicationGrouping.group(candidates, year,
                c -> printed.computeIfAbsent(c.id(), this::totals))) {
            List<Candidate> members = group.members();
            Candidate primary = members.stream().min(Candidate.BEST_FIRST).orElseThrow();
            long publicationId = publicationId(year, group.key());
            jdbc.update("update warehouse.publication set merge_reason = ? where id = ?", group.reason(),
                    publicationId);
            for (Candidate m : members) {
                jdbc.update("update staging.document set publication_id = ? where id = ?", publicationId, m.id());
                deleteFacts(m.id());
            }
            for (String table : FACT_TABLES) {
                jdbc.update("insert into warehouse." + table + " select * from staging." + table
                        + " where document_id = ?", primary.id());
            }
            jdbc.update("update warehouse.publication set primary_document_id = ? where id = ?", primary.id(),
                    publicationId);
            for (Candidate m : members) {
                if (m.id() != primary.id()) {
                    compareFigures(runId, primary, m);
                }
            }
        }
    }

    private long publicationId(Integer year, String key) {
        Long id = jdbc.query("select id from warehouse.publication where plan_year is not distinct from ? and title_key = ?",
                rs -> rs.next() ? rs.getLong(1) : null, year, key);
        return id != null ? id : jdbc.queryForObject(
                "insert into warehouse.publication (plan_year, title_key) values (?, ?) returning id", Long.class,
                year, key);
    }

    /** Each total the primary prints must be printed alike by every other rendering, and the other way round. */
    private void compareFigures(long runId, Candidate primary, Candidate other) {
        Map<String, BigDecimal> a = totals(primary.id());
        Map<String, BigDecimal> b = totals(other.id());
        jdbc.update("delete from quality.finding where run_id = ? and document_id = ? and rule = 'publication.figure'",
                runId, other.id());
        for (String key : union(a, b)) {
            BigDecimal x = a.get(key);
            BigDecimal y = b.get(key);
            if (x == null || y == null || x.compareTo(y) != 0) {
                jdbc.update("""
                        insert into quality.finding (run_id, document_id, severity, rule, message, raw_text)
                        values (?, ?, 'warning', 'publication.figure', ?, ?)""", runId, other.id(),
                        "This file renders the same plan as " + primary.path() + " but the figure " + key
                                + " differs: " + plain(x) + " there, " + plain(y) + " here",
                        key);
            }
        }
    }

    private Map<String, BigDecimal> totals(long documentId) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        jdbc.query("""
                select kind || ' ' || fiscal_year || ' ' || measure || coalesce(' ' || ministry, '')
                       || coalesce(' ' || policy_area_code, ''), amount_krw
                from staging.budget_total where document_id = ? order by ordinal""",
                rs -> {
                    m.put(rs.getString(1), rs.getBigDecimal(2));
                }, documentId);
        return m;
    }

    private static List<String> union(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "(absent)" : v.toPlainString() + " won";
    }

    private void deleteFacts(long documentId) {
        for (String table : FACT_TABLES) {
            jdbc.update("delete from warehouse." + table + " where document_id = ?", documentId);
        }
    }

    /**
     * The plan title reduced to letters and digits, without an agenda number such as {@code 20-2} that a meeting
     * paper prints before it (one rendering may set it on the title's line, another above it); a file without a
     * title is a publication of its own.
     */
    static String titleKey(String title, String sha256) {
        if (title == null || title.isBlank()) {
            return "sha256:" + sha256;
        }
        String nfc = Normalizer.normalize(title, Normalizer.Form.NFKC).replaceFirst("^\\s*\\d{1,3}-\\d{1,3}\\s+", "");
        StringBuilder key = new StringBuilder();
        nfc.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    record Candidate(long id, String sha256, String title, String path, String issuer, int passed, int errors,
                     int facts) {
        /** Most checks passed first, then fewest errors, then most facts, then path order. */
        static final java.util.Comparator<Candidate> BEST_FIRST = java.util.Comparator
                .comparingInt((Candidate c) -> -c.passed())
                .thenComparingInt(Candidate::errors)
                .thenComparingInt(c -> -c.facts())
                .thenComparing(Candidate::path);

        Candidate {
            Objects.requireNonNull(path);
        }
    }
}
