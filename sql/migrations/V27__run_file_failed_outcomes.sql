-- A file the run could not even look at is a failure of that file, not a skip: an empty file whose (empty) content
-- another path already stands for, and a file that cannot be read (permissions, an I/O error, gone mid-run).
ALTER TABLE staging.run_file DROP CONSTRAINT run_file_outcome_check;
ALTER TABLE staging.run_file ADD CONSTRAINT run_file_outcome_check
    CHECK (outcome IN ('duplicate', 'link', 'special', 'excluded', 'empty', 'unreadable'));
COMMENT ON TABLE staging.run_file IS 'Per run, each file under the folder that was not read as a document: a duplicate of another path (same SHA-256), a symbolic link, a special file (FIFO, socket, device), excluded by a pattern of jobs/ingest.yml, empty (0 bytes, beyond the first empty file, which is a failed document), or unreadable (the reason in detail). empty and unreadable count as failed files of the run.';
COMMENT ON COLUMN staging.run_file.outcome IS 'duplicate, link, special, excluded, empty or unreadable.';
COMMENT ON COLUMN staging.run_file.detail IS 'The path it duplicates, where a link points, the kind of special file, the exclude pattern, or why the file is empty or cannot be read.';
