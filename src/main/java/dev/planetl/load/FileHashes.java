package dev.planetl.load;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What discovery read of each file when it last hashed it (staging.file_hash, sql V29), so that a run takes the
 * hash of a file it finds as it was instead of reading the file again. Every method runs in the caller's transaction.
 */
public class FileHashes {

    /**
     * A file's state as the file system tells it: what a write, a rename over it or a change of its times changes.
     * The status-change time is set by the file system to the time of each such change; no program sets it back.
     */
    public record FileState(long sizeBytes, long modifiedNanos, long changedNanos, long device, long inode) {
    }

    /** A file's hash and its state when discovery began to read it for that hash. */
    public record Hashed(String path, FileState state, String sha256, Instant hashedAt) {
    }

    private final JdbcTemplate jdbc;

    public FileHashes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The recorded hashes of the files under {@code root}, by relative path. */
    public Map<String, Hashed> of(String root) {
        Map<String, Hashed> out = new HashMap<>();
        jdbc.query("""
                select path, size_bytes, modified_ns, changed_ns, device, inode, sha256, hashed_at
                from staging.file_hash where root = ?""", rs -> {
            out.put(rs.getString(1), new Hashed(rs.getString(1), new FileState(rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6)), rs.getString(7), rs.getTimestamp(8).toInstant()));
        }, root);
        return out;
    }

    /** Records the hashes taken under {@code root}, replacing what was recorded of those paths. */
    public void record(String root, Collection<Hashed> hashed) {
        List<Object[]> rows = new ArrayList<>(hashed.size());
        for (Hashed h : hashed) {
            FileState s = h.state();
            rows.add(new Object[] {root, h.path(), s.sizeBytes(), s.modifiedNanos(), s.changedNanos(), s.device(),
                s.inode(), h.sha256(), Timestamp.from(h.hashedAt())});
        }
        jdbc.batchUpdate("""
                insert into staging.file_hash
                    (root, path, size_bytes, modified_ns, changed_ns, device, inode, sha256, hashed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (root, path) do update set size_bytes = excluded.size_bytes,
                    modified_ns = excluded.modified_ns, changed_ns = excluded.changed_ns, device = excluded.device,
                    inode = excluded.inode, sha256 = excluded.sha256, hashed_at = excluded.hashed_at""", rows);
    }

    /** Forgets the files under {@code root} other than {@code keep}: gone, or no longer hashed (a link now, say). */
    public void keepOnly(String root, Collection<String> keep) {
        jdbc.update("delete from staging.file_hash where root = ? and not (path = any (?))", ps -> {
            ps.setString(1, root);
            ps.setArray(2, ps.getConnection().createArrayOf("text", keep.toArray()));
        });
    }
}
