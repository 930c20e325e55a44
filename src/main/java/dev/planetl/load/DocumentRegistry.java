package dev.planetl.load;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
     * Records that a run saw these files, and decides for each whether the run processes it: new content, a new
     * reader version, a manifest entry that changed its plan year, or forced by a rerun. In a few statements
     * whatever their number: a nightly run over tens of thousands of files makes no round trip for each.
     *
     * @param files files of distinct contents (discovery finds each content once)
     * @param readerVersion the version of the pipeline that would read them now
     * @param forcedYear the plan year a rerun republishes, or null for a nightly ingest
     * @param planYearOverride the plan year the steward's manifest sets for a file, or null
     * @return each file's registry id and whether to process it, in the order of {@code files}
     */
    public List<Registration> registerAll(String root, List<DiscoveredFile> files, String readerVersion,
                                          Integer forcedYear, Function<DiscoveredFile, Integer> planYearOverride) {
        if (files.isEmpty()) {
            return List.of();
        }
        String[] shas = files.stream().map(DiscoveredFile::sha256).toArray(String[]::new);
        Map<String, Map<String, Object>> known = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select d.id, d.sha256, d.status, d.reader_version, d.plan_year, d.plan_year_source
                    from staging.document d join unnest(?::char(64)[]) as s(sha256) on d.sha256 = s.sha256""");
            ps.setArray(1, con.createArrayOf("bpchar", shas));
            return ps;
        }, rs -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", rs.getLong(1));
            row.put("status", rs.getString(3));
            row.put("reader_version", rs.getString(4));
            row.put("plan_year", (Integer) rs.getObject(5));
            row.put("plan_year_source", rs.getString(6));
            known.put(rs.getString(2), row);
        });
        List<DiscoveredFile> fresh = files.stream().filter(f -> !known.containsKey(f.sha256())).toList();
        Map<String, Long> inserted = new HashMap<>();
        if (!fresh.isEmpty()) {
            jdbc.query(con -> {
                var ps = con.prepareStatement("""
                        insert into staging.document (sha256, root, path, size_bytes)
                        select s.sha256, ?, s.path, s.size_bytes
                        from unnest(?::char(64)[], ?::text[], ?::bigint[]) with ordinality
                             as s(sha256, path, size_bytes, n)
                        order by s.n
                        returning id, sha256""");
                ps.setString(1, root);
                ps.setArray(2, con.createArrayOf("bpchar", fresh.stream().map(DiscoveredFile::sha256).toArray()));
                ps.setArray(3, con.createArrayOf("text", fresh.stream().map(DiscoveredFile::relativePath).toArray()));
                ps.setArray(4, con.createArrayOf("int8", fresh.stream().map(DiscoveredFile::size).toArray()));
                return ps;
            }, rs -> {
                inserted.put(rs.getString(2), rs.getLong(1));
            });
        }
        List<Registration> out = new ArrayList<>(files.size());
        List<Object[]> seen = new ArrayList<>();
        for (DiscoveredFile f : files) {
            Long id = inserted.get(f.sha256());
            if (id != null) {
                out.add(new Registration(id, true));
                continue;
            }
            Map<String, Object> row = known.get(f.sha256());
            id = (Long) row.get("id");
            boolean process = process(row, readerVersion, forcedYear, planYearOverride.apply(f));
            seen.add(new Object[] {root, f.relativePath(), f.size(), id});
            out.add(new Registration(id, process));
        }
        jdbc.batchUpdate(SEEN_AGAIN, seen);
        return out;
    }

    /** A registered document seen again: where it is now, and a superseded one registered anew. */
    private static final String SEEN_AGAIN = """
            update staging.document set root = ?, path = ?, size_bytes = ?, missing = false,
                   last_seen_at = now(),
                   status = case when status = 'superseded' then 'registered' else status end
            where id = ?""";

    /**
     * Whether a registered document is processed: a new reader version, a manifest entry that changed its plan
     * year, a document never finished, or a rerun of its plan year (or of unknown years, for a failed one).
     */
    private static boolean process(Map<String, Object> row, String readerVersion, Integer forcedYear,
                                   Integer planYearOverride) {
        String status = (String) row.get("status");
        Integer planYear = (Integer) row.get("plan_year");
        boolean readerChanged = !readerVersion.equals(row.get("reader_version"));
        boolean manifestChanged = planYearOverride != null ? !planYearOverride.equals(planYear)
                : "manifest".equals(row.get("plan_year_source"));
        boolean neverFinished = status.equals("registered") || status.equals("processed");
        boolean forced = forcedYear != null
                && (forcedYear.equals(planYear) || (planYear == null && status.equals("failed")));
        return readerChanged || manifestChanged || neverFinished || forced;
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
        List<Object[]> superseded = new ArrayList<>();
        List<Object[]> missing = new ArrayList<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            if (ids.contains(id)) {
                continue;
            }
            (paths.contains((String) r[1]) ? superseded : missing).add(new Object[] {id});
        }
        jdbc.batchUpdate("update staging.document set status = 'superseded', missing = false where id = ?",
                superseded);
        jdbc.batchUpdate("update staging.document set missing = true where id = ?", missing);
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
