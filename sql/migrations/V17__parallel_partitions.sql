-- Several documents at once (planetl ingest --threads N, planetl worker): the process step is partitioned.
-- Each pending document of a run is assigned to one partition of it, once, so that a restarted partition reads
-- the same documents; and the process (host, pid) that staged a document is recorded, for planetl status.
ALTER TABLE staging.run_document ADD COLUMN part integer;
ALTER TABLE staging.run_document ADD COLUMN worker_host text;
ALTER TABLE staging.run_document ADD COLUMN worker_pid bigint;
COMMENT ON COLUMN staging.run_document.part IS 'The partition of the run''s process step that reads the document (0-based); null until the step splits the run.';
COMMENT ON COLUMN staging.run_document.worker_host IS 'Host name of the process that staged the document or recorded its failure in this run.';
COMMENT ON COLUMN staging.run_document.worker_pid IS 'Process id of that process on its host.';

ALTER TABLE staging.document ADD COLUMN worker_host text;
ALTER TABLE staging.document ADD COLUMN worker_pid bigint;
COMMENT ON COLUMN staging.document.worker_host IS 'Host name of the process that last staged the document (or recorded its failure).';
COMMENT ON COLUMN staging.document.worker_pid IS 'Process id of that process on its host.';

CREATE INDEX run_document_pending_part_idx ON staging.run_document (run_id, part) WHERE state = 'pending';
