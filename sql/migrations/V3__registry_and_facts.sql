-- The document registry, the runs, the staged and published facts, and the quality records.

-- One row per distinct file content (SHA-256). A file edited in place gets a new row; the old one is superseded.
CREATE TABLE staging.document (
    id              bigserial PRIMARY KEY,
    sha256          char(64)    NOT NULL UNIQUE,
    root            text        NOT NULL,
    path            text        NOT NULL,
    size_bytes      bigint      NOT NULL,
    format          text,
    media_type      text,
    plan_title      text,
    plan_year       integer,
    plan_year_source text CHECK (plan_year_source IN ('detected', 'manifest')),
    plan_series     text,
    issuer          text,
    published_on    text,
    page_count      integer,
    status          text        NOT NULL DEFAULT 'registered'
                    CHECK (status IN ('registered', 'processed', 'failed', 'published', 'held_back', 'superseded')),
    reason          text,
    reader_version  text,
    missing         boolean     NOT NULL DEFAULT false,
    first_seen_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at    timestamptz NOT NULL DEFAULT now(),
    processed_at    timestamptz,
    published_at    timestamptz,
    last_run_id     bigint
);
CREATE INDEX document_path_idx ON staging.document (path);
CREATE INDEX document_plan_year_idx ON staging.document (plan_year);

COMMENT ON TABLE staging.document IS 'Document registry: one row per distinct file content, keyed by SHA-256.';
COMMENT ON COLUMN staging.document.sha256 IS 'SHA-256 of the file bytes, hex.';
COMMENT ON COLUMN staging.document.root IS 'The folder the file was ingested from (absolute path).';
COMMENT ON COLUMN staging.document.path IS 'Path of the file as last seen, relative to the ingested folder.';
COMMENT ON COLUMN staging.document.status IS 'registered, processed (read, not yet published), failed (see reason), published, held_back (by policy), superseded (the file at this path changed).';
COMMENT ON COLUMN staging.document.reason IS 'Why the document failed or was held back.';
COMMENT ON COLUMN staging.document.reader_version IS 'Version of extractors, readers and vocabularies that produced its facts; a change re-reads the document.';
COMMENT ON COLUMN staging.document.missing IS 'True when the file was not found in the last ingest of its folder; its facts are kept.';
COMMENT ON COLUMN staging.document.plan_year_source IS 'detected from the document, or set in the manifest under jobs/.';

-- One row per planetl run (one Spring Batch job execution that started a run; a restart continues the same run).
CREATE TABLE quality.run (
    id              bigserial PRIMARY KEY,
    job_instance_id bigint      NOT NULL UNIQUE,
    command         text        NOT NULL,
    root            text        NOT NULL,
    forced_year     integer,
    started_at      timestamptz NOT NULL DEFAULT now(),
    ended_at        timestamptz,
    status          text        NOT NULL DEFAULT 'running'
                    CHECK (status IN ('running', 'completed', 'completed_with_failures', 'failed')),
    documents_seen      integer,
    documents_processed integer,
    documents_skipped   integer,
    documents_failed    integer,
    documents_held_back integer,
    lines_published     integer,
    totals_published    integer,
    summary         text
);
COMMENT ON TABLE quality.run IS 'One row per ingest or rerun; a restarted run keeps its row.';

-- What a run does with each document it saw.
CREATE TABLE staging.run_document (
    run_id       bigint  NOT NULL REFERENCES quality.run (id),
    document_id  bigint  NOT NULL REFERENCES staging.document (id),
    action       text    NOT NULL CHECK (action IN ('process', 'skip')),
    state        text    NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending', 'processed', 'failed', 'published', 'held_back', 'skipped')),
    reason       text,
    lines        integer,
    totals       integer,
    mentions     integer,
    tasks        integer,
    findings     integer,
    tables_found integer,
    tables_read  integer,
    PRIMARY KEY (run_id, document_id)
);
COMMENT ON TABLE staging.run_document IS 'Per run, per document: processed or skipped, and the outcome with its reason.';

-- Facts. staging.* holds what the last processing of a document produced; warehouse.* what is published.
CREATE TABLE staging.budget_line (
    document_id          bigint  NOT NULL REFERENCES staging.document (id),
    ordinal              integer NOT NULL,
    fiscal_year          integer NOT NULL,
    measure              text    NOT NULL CHECK (measure IN ('plan', 'actual')),
    ministry             text,
    ministry_as_written  text,
    policy_area_code     text,
    policy_area          text,
    program              text    NOT NULL,
    is_new               boolean,
    amount_krw           numeric NOT NULL,
    amount_as_written    text    NOT NULL,
    unit_as_written      text,
    page                 integer,
    source_ref           text,
    raw_text             text,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE warehouse.budget_line (LIKE staging.budget_line INCLUDING ALL);
ALTER TABLE warehouse.budget_line ADD FOREIGN KEY (document_id) REFERENCES staging.document (id);

CREATE TABLE staging.budget_total (
    document_id          bigint  NOT NULL REFERENCES staging.document (id),
    ordinal              integer NOT NULL,
    kind                 text    NOT NULL CHECK (kind IN ('grand', 'goal', 'target', 'ministry', 'ministry_goal')),
    fiscal_year          integer NOT NULL,
    measure              text    NOT NULL CHECK (measure IN ('plan', 'actual')),
    ministry             text,
    ministry_as_written  text,
    policy_area_code     text,
    policy_area          text,
    policy_area_as_written text,
    task_count           integer,
    share_pct            numeric,
    amount_krw           numeric NOT NULL,
    amount_as_written    text    NOT NULL,
    unit_as_written      text,
    page                 integer,
    source_refs          text[]  NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE warehouse.budget_total (LIKE staging.budget_total INCLUDING ALL);
ALTER TABLE warehouse.budget_total ADD FOREIGN KEY (document_id) REFERENCES staging.document (id);

CREATE TABLE staging.budget_mention (
    document_id          bigint  NOT NULL REFERENCES staging.document (id),
    ordinal              integer NOT NULL,
    fiscal_year          integer,
    period_start         integer,
    period_end           integer,
    subject              text,
    amount_krw           numeric NOT NULL,
    amount_as_written    text    NOT NULL,
    kind                 text    NOT NULL CHECK (kind IN ('annual', 'multi_year_total', 'national_share', 'other')),
    currency             text    NOT NULL,
    sentence             text,
    page                 integer,
    source_ref           text,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE warehouse.budget_mention (LIKE staging.budget_mention INCLUDING ALL);
ALTER TABLE warehouse.budget_mention ADD FOREIGN KEY (document_id) REFERENCES staging.document (id);

CREATE TABLE staging.plan_task (
    document_id          bigint  NOT NULL REFERENCES staging.document (id),
    ordinal              integer NOT NULL,
    section              text,
    task                 text    NOT NULL,
    ministries           text[]  NOT NULL,
    ministries_as_written text,
    start_year           integer,
    end_year             integer,
    ongoing              boolean NOT NULL,
    schedule_as_written  text,
    page                 integer,
    source_ref           text,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE warehouse.plan_task (LIKE staging.plan_task INCLUDING ALL);
ALTER TABLE warehouse.plan_task ADD FOREIGN KEY (document_id) REFERENCES staging.document (id);

-- Quality: findings and check results, per run and document.
CREATE TABLE quality.finding (
    id           bigserial PRIMARY KEY,
    run_id       bigint  NOT NULL REFERENCES quality.run (id),
    document_id  bigint  REFERENCES staging.document (id),
    severity     text    NOT NULL CHECK (severity IN ('error', 'warning', 'repair')),
    rule         text    NOT NULL,
    message      text    NOT NULL,
    raw_text     text    NOT NULL DEFAULT '',
    page         integer,
    source_ref   text,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finding_run_idx ON quality.finding (run_id, document_id);

CREATE TABLE quality.check_result (
    id             bigserial PRIMARY KEY,
    run_id         bigint  NOT NULL REFERENCES quality.run (id),
    document_id    bigint  NOT NULL REFERENCES staging.document (id),
    rule           text    NOT NULL,
    scope          text    NOT NULL,
    fiscal_year    integer,
    measure        text,
    quantity       text    NOT NULL CHECK (quantity IN ('won', 'percent', 'count')),
    expected       numeric,
    computed       numeric,
    difference     numeric,
    tolerance      numeric,
    status         text    NOT NULL CHECK (status IN ('pass', 'fail'))
);
CREATE INDEX check_result_run_idx ON quality.check_result (run_id, document_id);
