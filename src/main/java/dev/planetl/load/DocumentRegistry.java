package dev.planetl.load;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The document registry (staging.document): one row per distinct file content, keyed by SHA-256.
 * Thread-safe; every method runs in the caller's transaction.
 */
public class DocumentRegistry {

    private final JdbcTemplate jdbc;

    public DocumentRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that a run saw a file, and decides whether the run processes it.
     *
     * @param readerVersion the version of the pipeline that would read it now
     * @param forcedYear the plan year a rerun republishes, or null for a nightly ingest
     * @param planYearOverride the plan year the steward's manifest sets for the file, or null
     * @return the registry id and whether to process (new content, new reader version, a manifest entry that
     *     changed its plan year, or forced by a rerun)
     */
    public Registration register(String root, DiscoveredFile f, String readerVersion, Integer forcedYear,
                                 Integer planYearOverride) {
        Long id = jdbc.query("select id from staging.document where sha256 = ?",
                rs -> rs.next() ? rs.getLong(1) : null, f.sha256());
        boolean process;
        if (id == null) {
            id = jdbc.queryForObject("""
                    insert into staging.document (sha256, root, path, size_bytes)
                    values (?, ?, ?, ?) returning id""", Long.class, f.sha256(), root, f.relativePath(), f.size());
            process = true;
        } else {
            var row = jdbc.queryForMap(
                    "select status, reader_version, plan_year, plan_year_source from staging.document where id = ?", id);
            String status = (String) row.get("status");
            Integer planYear = (Integer) row.get("plan_year");
            boolean readerChanged = !readerVersion.equals(row.get("reader_version"));
            boolean manifestChanged = planYearOverride != null ? !planYearOverride.equals(planYear)
                    : "manifest".equals(row.get("plan_year_source"));
            boolean neverFinished = status.equals("registered") || status.equals("processed");
            boolean forced = forcedYear != null
                    && (forcedYear.equals(planYear) || (planYear == null && status.equals("failed")));
            process = readerChanged || manifestChanged || neverFinished || forced;
            jdbc.update("""
                    update staging.document set root = ?, path = ?, size_bytes = ?, missing = false,
                           last_seen_at = now(),
                           status = case when status = 'superseded' then 'registered' else status end
                    where id = ?""", root, f.relativePath(), f.size(), id);
        }
        return new Registration(id, process);
    }

    /**
     * Marks as missing the documents under the folder that this run did not see, and as superseded the earlier
     * contents of paths whose file changed. Their published facts are kept until something replaces them.
     *
     * @param root the folder the run ingested; documents of other folders are left alone
     * @param seenIds the registry ids the run saw
     * @param seenPaths the relative paths the run saw
     */
    public void reconcileUnseen(String root, Collection<Long> seenIds, Collection<String> seenPaths) {
        Set<Long> ids = new HashSet<>(seenIds);
        Set<String> paths = new HashSet<>(seenPaths);
        List<Object[]> rows = jdbc.query(
                "select id, path from staging.document where root = ? and status <> 'superseded'",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}, root);
        for (Object[] r : rows) {
            long id = (Long) r[0];
            if (ids.contains(id)) {
                continue;
            }
            if (paths.contains((String) r[1])) {
                jdbc.update("update staging.document set status = 'superseded', missing = false where id = ?", id);
            } else {
                jdbc.update("update staging.document set missing = true where id = ?", id);
            }
        }
    }

    /**
     * Records a file under the folder that the run does not read as a document, and why.
     *
     * @param outcome duplicate, link, special or excluded (see staging.run_file)
     * @param detail the path it duplicates, the link's target, the kind of special file, or the exclude pattern
     */
    public void recordSkipped(long runId, String relativePath, String outcome, String detail) {
        jdbc.update("""
                insert into staging.run_file (run_id, path, outcome, detail) values (?, ?, ?, ?)
                on conflict (run_id, path) do update set outcome = excluded.outcome, detail = excluded.detail""",
                runId, relativePath, outcome, detail);
    }

    /** Whether to process a document, and its id. */
    public record Registration(long id, boolean process) {
    }
}
