-- A `missing` flag at the end of every fact view: the file a fact came from was not found in the last ingest
-- of its folder. Its facts stay (the warehouse keeps what it read); the analyst sees they have no file behind
-- them any more. Columns are only appended, so every existing query keeps working.

CREATE OR REPLACE VIEW warehouse.v_budget_line AS
SELECT d.path                 AS document,
       d.sha256::text         AS document_sha256,
       d.plan_title,
       d.plan_year,
       l.fiscal_year,
       l.measure,
       l.ministry,
       l.ministry_as_written,
       l.policy_area_code,
       l.policy_area,
       l.program,
       l.is_new,
       l.amount_krw,
       l.amount_as_written,
       l.unit_as_written,
       l.page,
       l.source_ref,
       d.missing
FROM warehouse.budget_line l
JOIN staging.document d ON d.id = l.document_id;

COMMENT ON COLUMN warehouse.v_budget_line.missing IS 'True when the file the fact came from was not found in the last ingest of its folder; the fact is kept.';

CREATE OR REPLACE VIEW warehouse.v_budget_total AS
SELECT d.path                 AS document,
       d.sha256::text         AS document_sha256,
       d.plan_year,
       t.fiscal_year,
       t.measure,
       t.ministry,
       t.policy_area_code,
       t.policy_area,
       t.task_count,
       t.share_pct,
       t.amount_krw,
       t.amount_as_written,
       t.unit_as_written,
       t.page,
       t.source_refs,
       t.kind,
       t.ministry_as_written,
       t.policy_area_as_written,
       d.missing
FROM warehouse.budget_total t
JOIN staging.document d ON d.id = t.document_id;

COMMENT ON COLUMN warehouse.v_budget_total.missing IS 'True when the file the fact came from was not found in the last ingest of its folder; the fact is kept.';

CREATE OR REPLACE VIEW warehouse.v_budget_mention AS
SELECT d.path          AS document,
       d.plan_year,
       m.fiscal_year,
       m.period_start,
       m.period_end,
       m.subject,
       m.amount_krw,
       m.amount_as_written,
       m.kind,
       m.currency,
       m.sentence,
       m.page,
       m.source_ref,
       d.sha256::text  AS document_sha256,
       d.missing
FROM warehouse.budget_mention m
JOIN staging.document d ON d.id = m.document_id;

COMMENT ON COLUMN warehouse.v_budget_mention.missing IS 'True when the file the fact came from was not found in the last ingest of its folder; the fact is kept.';

CREATE OR REPLACE VIEW warehouse.v_plan_task AS
SELECT d.path          AS document,
       d.plan_year,
       t.section,
       t.task,
       t.ministries,
       t.ministries_as_written,
       t.start_year,
       t.end_year,
       t.ongoing,
       t.schedule_as_written,
       t.page,
       t.source_ref,
       d.sha256::text  AS document_sha256,
       d.missing
FROM warehouse.plan_task t
JOIN staging.document d ON d.id = t.document_id;

COMMENT ON COLUMN warehouse.v_plan_task.missing IS 'True when the file the fact came from was not found in the last ingest of its folder; the fact is kept.';

CREATE OR REPLACE VIEW warehouse.v_table_fact AS
SELECT d.path                 AS document,
       d.sha256::text         AS document_sha256,
       d.plan_title,
       d.plan_year,
       f.page,
       f.table_ref,
       f.row_path,
       f.column_path,
       f.fiscal_year,
       f.measure,
       f.currency,
       f.amount,
       CASE WHEN f.currency = 'KRW' THEN f.amount END AS amount_krw,
       f.amount_as_written,
       f.unit_as_written,
       f.is_total,
       f.check_status,
       f.source_ref,
       d.missing
FROM warehouse.table_fact f
JOIN staging.document d ON d.id = f.document_id;

COMMENT ON COLUMN warehouse.v_table_fact.missing IS 'True when the file the fact came from was not found in the last ingest of its folder; the fact is kept.';

-- Every file under an ingested folder is accounted for: the documents a run saw are in staging.run_document;
-- the files it did not read, and why, are here.
CREATE TABLE staging.run_file (
    run_id   bigint NOT NULL REFERENCES quality.run (id),
    path     text   NOT NULL,
    outcome  text   NOT NULL CHECK (outcome IN ('duplicate', 'link', 'special', 'excluded')),
    detail   text   NOT NULL,
    PRIMARY KEY (run_id, path)
);
COMMENT ON TABLE staging.run_file IS 'Per run, each file under the folder that was not read as a document: a duplicate of another path (same SHA-256), a symbolic link, a special file (FIFO, socket, device) or excluded by a pattern of jobs/ingest.yml.';
COMMENT ON COLUMN staging.run_file.path IS 'Path relative to the ingested folder.';
COMMENT ON COLUMN staging.run_file.outcome IS 'duplicate, link, special or excluded.';
COMMENT ON COLUMN staging.run_file.detail IS 'The path it duplicates, where a link points, the kind of special file, or the exclude pattern.';
