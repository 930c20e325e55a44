-- A heartbeat per partition a worker holds, beside the worker's own (sql V18): the worker's heartbeat thread
-- renews only the partitions it is reading now, so a partition a live worker no longer holds (its thread ended
-- without the step execution being saved) goes stale like one of a killed worker, and the manager sends it again.
ALTER TABLE staging.worker_partition ADD COLUMN heartbeat_at timestamptz NOT NULL DEFAULT now();
COMMENT ON COLUMN staging.worker_partition.heartbeat_at IS 'Renewed every few seconds while the worker reads this partition; stale past the ingest''s --worker-timeout-seconds means the partition is lost and is sent to a worker again.';
