-- What discovery read of each file the last time it hashed it, so that a nightly run does not read every unchanged
-- file of the folder again to hash it: a file whose size, modification time, status-change time, device and inode
-- are what they were when it was hashed, and whose status changed well before that hashing, keeps its SHA-256.
-- The status-change time (ctime) moves with every write and every change of the other times, and no program can set
-- it back, so a file rewritten with its old size and modification time restored (cp -p, rsync -t) is hashed again.
-- A rerun hashes every file.
CREATE TABLE staging.file_hash (
    root        text        NOT NULL,
    path        text        NOT NULL,
    size_bytes  bigint      NOT NULL,
    modified_ns bigint      NOT NULL,
    changed_ns  bigint      NOT NULL,
    device      bigint      NOT NULL,
    inode       bigint      NOT NULL,
    sha256      text        NOT NULL,
    hashed_at   timestamptz NOT NULL,
    PRIMARY KEY (root, path)
);
COMMENT ON TABLE staging.file_hash IS 'Per file under an ingested folder, its SHA-256 and the file''s state when discovery last read it to hash it; a later run that finds the same state takes the hash instead of reading the file. Rows of files no longer found are removed.';
COMMENT ON COLUMN staging.file_hash.root IS 'The ingested folder, absolute, as staging.document.root.';
COMMENT ON COLUMN staging.file_hash.path IS 'The file''s path relative to root, as staging.document.path.';
COMMENT ON COLUMN staging.file_hash.size_bytes IS 'The file''s size when it was hashed.';
COMMENT ON COLUMN staging.file_hash.modified_ns IS 'Its modification time then, in nanoseconds since 1970-01-01 UTC.';
COMMENT ON COLUMN staging.file_hash.changed_ns IS 'Its status-change time (ctime) then, in nanoseconds since 1970-01-01 UTC.';
COMMENT ON COLUMN staging.file_hash.device IS 'The device of the file system it was on.';
COMMENT ON COLUMN staging.file_hash.inode IS 'Its inode number on that device.';
COMMENT ON COLUMN staging.file_hash.sha256 IS 'The SHA-256 of its bytes, as read then.';
COMMENT ON COLUMN staging.file_hash.hashed_at IS 'When discovery began to read it; the hash is taken again while the status-change time is less than two seconds before this.';
