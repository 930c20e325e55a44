-- Why the files of a publication were merged (title, plan year, issuer, the figures they share); null for a
-- publication of one file. Files of unknown plan year are never merged.
ALTER TABLE warehouse.publication ADD COLUMN merge_reason text;
COMMENT ON COLUMN warehouse.publication.merge_reason IS 'Why its files are one publication: same title, plan year, issuer and agreeing printed totals; null for a single file.';

CREATE OR REPLACE VIEW warehouse.v_publication AS
SELECT p.id        AS publication_id,
       p.plan_year,
       pd.plan_title,
       pd.path     AS primary_document,
       (SELECT array_agg(d.path ORDER BY d.path) FROM staging.document d
         WHERE d.publication_id = p.id AND d.status IN ('published', 'published_with_findings')) AS documents,
       p.merge_reason
FROM warehouse.publication p
LEFT JOIN staging.document pd ON pd.id = p.primary_document_id;
COMMENT ON COLUMN warehouse.v_publication.merge_reason IS 'Why the files listed in documents are one publication (same title, plan year and issuer, and how many printed totals they share agree); null when the publication has one file, and a file of unknown plan year is never merged.';
GRANT SELECT ON warehouse.v_publication TO planetl_reader;
