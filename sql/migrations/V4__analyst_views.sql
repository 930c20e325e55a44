-- The analysts' contract: these views' names and columns stay stable (columns may be added, never renamed or
-- dropped). Amounts are exact, in won, beside what the document printed.

CREATE VIEW warehouse.v_budget_line AS
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
       l.source_ref
FROM warehouse.budget_line l
JOIN staging.document d ON d.id = l.document_id;

COMMENT ON VIEW warehouse.v_budget_line IS 'One row per project (사업) line a published document lists with an amount.';
COMMENT ON COLUMN warehouse.v_budget_line.document IS 'Path of the source file, relative to the ingested folder.';
COMMENT ON COLUMN warehouse.v_budget_line.document_sha256 IS 'SHA-256 of the source file: identifies the exact version read.';
COMMENT ON COLUMN warehouse.v_budget_line.plan_title IS 'Plan title as printed on the title page.';
COMMENT ON COLUMN warehouse.v_budget_line.plan_year IS 'The year the plan is for (from the title page, or the manifest under jobs/).';
COMMENT ON COLUMN warehouse.v_budget_line.fiscal_year IS 'The fiscal year the amount belongs to, from the section or column that states it.';
COMMENT ON COLUMN warehouse.v_budget_line.measure IS '''plan'' (계획, 예산) or ''actual'' (실적), from the section context.';
COMMENT ON COLUMN warehouse.v_budget_line.ministry IS 'Canonical full ministry name valid in the fiscal year, e.g. 과학기술정보통신부.';
COMMENT ON COLUMN warehouse.v_budget_line.ministry_as_written IS 'The ministry as printed, e.g. 과기정통부.';
COMMENT ON COLUMN warehouse.v_budget_line.policy_area_code IS 'Numbering of the policy area (performance target) the line is listed under, e.g. 1-1; null when none.';
COMMENT ON COLUMN warehouse.v_budget_line.policy_area IS 'Canonical name of that policy area in its plan; null when none.';
COMMENT ON COLUMN warehouse.v_budget_line.program IS 'Project (사업) name as printed, whitespace normalised.';
COMMENT ON COLUMN warehouse.v_budget_line.is_new IS 'true for 신규, false for 계속, null when the document does not say.';
COMMENT ON COLUMN warehouse.v_budget_line.amount_krw IS 'Amount in won, exact (numeric).';
COMMENT ON COLUMN warehouse.v_budget_line.amount_as_written IS 'The amount as printed, e.g. 6,288.';
COMMENT ON COLUMN warehouse.v_budget_line.unit_as_written IS 'The unit the amount is printed in, e.g. 백만원.';
COMMENT ON COLUMN warehouse.v_budget_line.page IS 'Page of the source file, where the format has pages.';
COMMENT ON COLUMN warehouse.v_budget_line.source_ref IS 'Place in the source: p<page>/t<table>/r<row>/c<column> or l<line>.';

CREATE VIEW warehouse.v_budget_total AS
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
       t.policy_area_as_written
FROM warehouse.budget_total t
JOIN staging.document d ON d.id = t.document_id;

COMMENT ON VIEW warehouse.v_budget_total IS 'One row per distinct total a published document reports: by goal, target, ministry, ministry × goal, and the grand total. A figure two tables both print appears once, with both sources.';
COMMENT ON COLUMN warehouse.v_budget_total.document IS 'Path of the source file, relative to the ingested folder.';
COMMENT ON COLUMN warehouse.v_budget_total.document_sha256 IS 'SHA-256 of the source file.';
COMMENT ON COLUMN warehouse.v_budget_total.plan_year IS 'The year the plan is for.';
COMMENT ON COLUMN warehouse.v_budget_total.fiscal_year IS 'The fiscal year the total belongs to.';
COMMENT ON COLUMN warehouse.v_budget_total.measure IS '''plan'' or ''actual'', from the section context (not the caption).';
COMMENT ON COLUMN warehouse.v_budget_total.ministry IS 'Canonical ministry name; null when the total is not by ministry.';
COMMENT ON COLUMN warehouse.v_budget_total.policy_area_code IS 'Policy goal (1) or performance target (1-1); null when not by area.';
COMMENT ON COLUMN warehouse.v_budget_total.policy_area IS 'Canonical policy area name; null when not by area.';
COMMENT ON COLUMN warehouse.v_budget_total.task_count IS 'Number of tasks (과제 개수) when printed.';
COMMENT ON COLUMN warehouse.v_budget_total.share_pct IS 'Share in percent when printed.';
COMMENT ON COLUMN warehouse.v_budget_total.amount_krw IS 'Amount in won, exact (numeric).';
COMMENT ON COLUMN warehouse.v_budget_total.amount_as_written IS 'The amount as printed.';
COMMENT ON COLUMN warehouse.v_budget_total.unit_as_written IS 'The unit the amount is printed in, e.g. 억원.';
COMMENT ON COLUMN warehouse.v_budget_total.page IS 'Page of the first source, where the format has pages.';
COMMENT ON COLUMN warehouse.v_budget_total.source_refs IS 'Every place the figure is printed.';
COMMENT ON COLUMN warehouse.v_budget_total.kind IS 'grand, goal, target, ministry or ministry_goal.';
COMMENT ON COLUMN warehouse.v_budget_total.ministry_as_written IS 'The ministry as printed.';
COMMENT ON COLUMN warehouse.v_budget_total.policy_area_as_written IS 'The policy area name as printed (the canonical one is policy_area).';

CREATE VIEW quality.v_finding AS
SELECT f.run_id,
       d.path        AS document,
       f.severity,
       f.rule,
       f.message,
       f.raw_text,
       f.page,
       f.source_ref,
       d.sha256::text AS document_sha256,
       f.created_at,
       (f.run_id = d.last_run_id AND d.status <> 'superseded') AS is_current
FROM quality.finding f
LEFT JOIN staging.document d ON d.id = f.document_id;

COMMENT ON VIEW quality.v_finding IS 'Every rejected value, failed check, repair and document failure, per run.';
COMMENT ON COLUMN quality.v_finding.run_id IS 'The run that recorded the finding (quality.run.id).';
COMMENT ON COLUMN quality.v_finding.document IS 'Path of the source file; null for a finding about the run itself.';
COMMENT ON COLUMN quality.v_finding.severity IS '''error'' (rejected, not loaded), ''warning'' (loaded, look at it) or ''repair'' (corrected from the document''s own arithmetic).';
COMMENT ON COLUMN quality.v_finding.rule IS 'Stable rule name, e.g. number.malformed, total.row, document.failed.';
COMMENT ON COLUMN quality.v_finding.message IS 'What is wrong and what was expected, for a data steward.';
COMMENT ON COLUMN quality.v_finding.raw_text IS 'The text as printed in the source.';
COMMENT ON COLUMN quality.v_finding.page IS 'Page of the source file, where the format has pages.';
COMMENT ON COLUMN quality.v_finding.source_ref IS 'Place in the source: p<page>/t<table>/r<row>/c<column> or l<line>.';
COMMENT ON COLUMN quality.v_finding.document_sha256 IS 'SHA-256 of the source file version.';
COMMENT ON COLUMN quality.v_finding.created_at IS 'When the finding was recorded.';
COMMENT ON COLUMN quality.v_finding.is_current IS 'True when the finding comes from the latest processing of its document and that file version is still current (not replaced by an edited file).';

-- A read-only role for analysts: it can read the documented views and nothing else. Grant it to login roles.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planetl_reader') THEN
        CREATE ROLE planetl_reader NOLOGIN;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA warehouse, quality TO planetl_reader;
GRANT SELECT ON warehouse.v_budget_line, warehouse.v_budget_total, quality.v_finding TO planetl_reader;
