-- One publication, several files: ministries publish the same plan as HWP and PDF (and more). Files that are the
-- same plan document (same normalised title and plan year) form one publication; only its primary file's facts
-- are in the warehouse tables, so each figure is counted once.
CREATE TABLE warehouse.publication (
    id                  bigserial PRIMARY KEY,
    plan_year           integer,
    title_key           text    NOT NULL,
    primary_document_id bigint  REFERENCES staging.document (id),
    UNIQUE (plan_year, title_key)
);
COMMENT ON TABLE warehouse.publication IS 'A plan document as published, whatever the number of files (formats) it came in.';
COMMENT ON COLUMN warehouse.publication.title_key IS 'The plan title reduced to letters and digits, or the SHA-256 of a file whose title is unknown.';
COMMENT ON COLUMN warehouse.publication.primary_document_id IS 'The file whose facts are loaded: the one whose extraction passed the most checks.';

ALTER TABLE staging.document ADD COLUMN publication_id bigint REFERENCES warehouse.publication (id);
COMMENT ON COLUMN staging.document.publication_id IS 'The publication this file is one rendering of.';

CREATE VIEW warehouse.v_publication AS
SELECT p.id        AS publication_id,
       p.plan_year,
       pd.plan_title,
       pd.path     AS primary_document,
       (SELECT array_agg(d.path ORDER BY d.path) FROM staging.document d
         WHERE d.publication_id = p.id AND d.status = 'published') AS documents
FROM warehouse.publication p
LEFT JOIN staging.document pd ON pd.id = p.primary_document_id;
COMMENT ON VIEW warehouse.v_publication IS 'Each published plan document with the file its facts come from and every file that renders it.';
COMMENT ON COLUMN warehouse.v_publication.publication_id IS 'Publication id.';
COMMENT ON COLUMN warehouse.v_publication.plan_year IS 'The year the plan is for.';
COMMENT ON COLUMN warehouse.v_publication.plan_title IS 'Plan title as printed in the primary file.';
COMMENT ON COLUMN warehouse.v_publication.primary_document IS 'Path of the file whose facts are loaded.';
COMMENT ON COLUMN warehouse.v_publication.documents IS 'Paths of every published file of the publication.';
GRANT SELECT ON warehouse.v_publication TO planetl_reader;
