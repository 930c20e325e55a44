-- The four schemas of the warehouse. Flyway owns all of them; nothing else creates tables.
CREATE SCHEMA IF NOT EXISTS batch;      -- Spring Batch job repository: runs survive a crash and can be restarted
CREATE SCHEMA IF NOT EXISTS staging;    -- what each document yielded, before it is published
CREATE SCHEMA IF NOT EXISTS warehouse;  -- published facts and the analysts' views
CREATE SCHEMA IF NOT EXISTS quality;    -- findings and check results, per run

COMMENT ON SCHEMA batch IS 'Spring Batch job repository (job instances, executions, step executions, contexts).';
COMMENT ON SCHEMA staging IS 'Per-document results of extraction, reading and validation, waiting to be published.';
COMMENT ON SCHEMA warehouse IS 'Published plan facts. Analysts query the v_* views; their names and columns are a stable contract.';
COMMENT ON SCHEMA quality IS 'Findings (rejected values, failed checks, repairs, document failures) and check results per run.';
