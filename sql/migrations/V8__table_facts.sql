-- Every amount cell of every table, placed by its row and column paths (the general table model), and the
-- outcome 'published_with_findings' for a document that was published although its reading found errors or
-- tables whose amounts yielded no fact.

CREATE TABLE staging.table_fact (
    document_id          bigint  NOT NULL REFERENCES staging.document (id),
    ordinal              integer NOT NULL,
    table_ref            text    NOT NULL,
    row_path             text    NOT NULL,
    column_path          text    NOT NULL,
    fiscal_year          integer NOT NULL,
    measure              text    NOT NULL CHECK (measure IN ('plan', 'actual')),
    currency             text    NOT NULL,
    amount               numeric NOT NULL,
    amount_as_written    text    NOT NULL,
    unit_as_written      text,
    is_total             boolean NOT NULL,
    check_status         text    NOT NULL CHECK (check_status IN ('pass', 'within_rounding', 'failed', 'unchecked')),
    page                 integer,
    source_ref           text    NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE TABLE warehouse.table_fact (LIKE staging.table_fact INCLUDING ALL);
ALTER TABLE warehouse.table_fact ADD FOREIGN KEY (document_id) REFERENCES staging.document (id);
COMMENT ON TABLE staging.table_fact IS 'Table facts of the last processing of each document, before publishing.';
COMMENT ON TABLE warehouse.table_fact IS 'Published table facts: one row per amount cell.';

ALTER TABLE staging.run_document ADD COLUMN facts integer;
COMMENT ON COLUMN staging.run_document.facts IS 'Table facts the document yielded (amount cells placed by row and column).';

ALTER TABLE staging.document DROP CONSTRAINT document_status_check;
ALTER TABLE staging.document ADD CONSTRAINT document_status_check CHECK (status IN ('registered', 'processed',
    'failed', 'published', 'published_with_findings', 'held_back', 'superseded'));
COMMENT ON COLUMN staging.document.status IS 'registered, processed (read, not yet published), failed (see reason), published, published_with_findings (published, but reading found errors or tables whose amounts yielded no fact: see reason), held_back (by policy), superseded (the file at this path changed).';
ALTER TABLE staging.run_document DROP CONSTRAINT run_document_state_check;
ALTER TABLE staging.run_document ADD CONSTRAINT run_document_state_check CHECK (state IN ('pending', 'processed',
    'failed', 'published', 'published_with_findings', 'held_back', 'skipped'));

CREATE OR REPLACE VIEW warehouse.v_publication AS
SELECT p.id        AS publication_id,
       p.plan_year,
       pd.plan_title,
       pd.path     AS primary_document,
       (SELECT array_agg(d.path ORDER BY d.path) FROM staging.document d
         WHERE d.publication_id = p.id AND d.status IN ('published', 'published_with_findings')) AS documents
FROM warehouse.publication p
LEFT JOIN staging.document pd ON pd.id = p.primary_document_id;

CREATE VIEW warehouse.v_table_fact AS
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
       f.source_ref
FROM warehouse.table_fact f
JOIN staging.document d ON d.id = f.document_id;

COMMENT ON VIEW warehouse.v_table_fact IS 'One row per amount cell of a published document''s tables, placed by the labels of its row and column: also tables no kind reader recognises (statistics sheets).';
COMMENT ON COLUMN warehouse.v_table_fact.document IS 'Path of the source file, relative to the ingested folder.';
COMMENT ON COLUMN warehouse.v_table_fact.document_sha256 IS 'SHA-256 of the source file: identifies the exact version read.';
COMMENT ON COLUMN warehouse.v_table_fact.plan_title IS 'Plan title as printed on the title page; null when none was found.';
COMMENT ON COLUMN warehouse.v_table_fact.plan_year IS 'The year the plan is for; null for a document that states none (a statistics sheet).';
COMMENT ON COLUMN warehouse.v_table_fact.page IS 'Page of the source file, where the format has pages.';
COMMENT ON COLUMN warehouse.v_table_fact.table_ref IS 'The table: p<page>/t<table>, or t<table> without pages (zero-based table index in the document).';
COMMENT ON COLUMN warehouse.v_table_fact.row_path IS 'The row''s labels as printed, outermost first, joined with '' › '': labels merged down, numbering and indentation as a chain, e.g. 전략1 … › 소계.';
COMMENT ON COLUMN warehouse.v_table_fact.column_path IS 'The column''s header labels as printed, top row first, joined with '' › '', e.g. 예산(억원) › ''24.';
COMMENT ON COLUMN warehouse.v_table_fact.fiscal_year IS 'The fiscal year of the amount: from the column header when it names one, else from the section or caption before the table (a 2010.11월 누계 sheet: 2010).';
COMMENT ON COLUMN warehouse.v_table_fact.measure IS '''plan'' (예산, 계획, 정부안, (안)) or ''actual'' (실적, 결산, 집행, a month''s 누계), from the column header, else the section.';
COMMENT ON COLUMN warehouse.v_table_fact.currency IS 'ISO 4217 code of the amount: KRW unless a foreign currency is printed.';
COMMENT ON COLUMN warehouse.v_table_fact.amount IS 'The amount, exact, in the currency''s base unit (won for KRW); negative for △, ▽, −, (1,234).';
COMMENT ON COLUMN warehouse.v_table_fact.amount_krw IS 'The amount in won when the currency is KRW, else null (no conversion).';
COMMENT ON COLUMN warehouse.v_table_fact.amount_as_written IS 'The cell as printed, e.g. △1,802.';
COMMENT ON COLUMN warehouse.v_table_fact.unit_as_written IS 'The unit the amount was read in, as printed (the cell''s own, its column''s, or the table''s unit line), e.g. 십억원.';
COMMENT ON COLUMN warehouse.v_table_fact.is_total IS 'True for a cell of a total row (합계, 계, 소계, 총계, 전략1 계) or a total column.';
COMMENT ON COLUMN warehouse.v_table_fact.check_status IS '''pass'' (the printed totals it takes part in reconcile exactly), ''within_rounding'' (only within the printed precision), ''failed'' (lands only under the publish_accepted policy), ''unchecked'' (no printed total covers it).';
COMMENT ON COLUMN warehouse.v_table_fact.source_ref IS 'The cell: p<page>/t<table>/r<row>/c<column> (zero-based).';

GRANT SELECT ON warehouse.v_table_fact TO planetl_reader;
