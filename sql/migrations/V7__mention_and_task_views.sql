-- Amounts stated in prose, and tasks plans schedule to ministries over years. Part of the analysts' contract.

CREATE VIEW warehouse.v_budget_mention AS
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
       d.sha256::text  AS document_sha256
FROM warehouse.budget_mention m
JOIN staging.document d ON d.id = m.document_id;

COMMENT ON VIEW warehouse.v_budget_mention IS 'One row per amount a published document states in its prose, with what it belongs to.';
COMMENT ON COLUMN warehouse.v_budget_mention.document IS 'Path of the source file.';
COMMENT ON COLUMN warehouse.v_budget_mention.plan_year IS 'The year the plan is for.';
COMMENT ON COLUMN warehouse.v_budget_mention.fiscal_year IS 'The year of a one-year figure; null for a multi-year total.';
COMMENT ON COLUMN warehouse.v_budget_mention.period_start IS 'First year of the period the figure covers.';
COMMENT ON COLUMN warehouse.v_budget_mention.period_end IS 'Last year of the period the figure covers.';
COMMENT ON COLUMN warehouse.v_budget_mention.subject IS 'The program or subject the amount belongs to, as printed.';
COMMENT ON COLUMN warehouse.v_budget_mention.amount_krw IS 'The amount, exact: in won for KRW, else in the unit of currency (no conversion).';
COMMENT ON COLUMN warehouse.v_budget_mention.amount_as_written IS 'The amount as printed, e.g. 8,272억원.';
COMMENT ON COLUMN warehouse.v_budget_mention.kind IS '''annual'', ''multi_year_total'', ''national_share'' (국비 of a total) or ''other''.';
COMMENT ON COLUMN warehouse.v_budget_mention.currency IS 'ISO 4217 code: KRW, USD, EUR, JPY, CNY.';
COMMENT ON COLUMN warehouse.v_budget_mention.sentence IS 'The sentence it came from, personal data (names with phone numbers, e-mail addresses) masked.';
COMMENT ON COLUMN warehouse.v_budget_mention.page IS 'Page of the source file, where the format has pages.';
COMMENT ON COLUMN warehouse.v_budget_mention.source_ref IS 'Place in the source.';
COMMENT ON COLUMN warehouse.v_budget_mention.document_sha256 IS 'SHA-256 of the source file.';

CREATE VIEW warehouse.v_plan_task AS
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
       d.sha256::text  AS document_sha256
FROM warehouse.plan_task t
JOIN staging.document d ON d.id = t.document_id;

COMMENT ON VIEW warehouse.v_plan_task IS 'One row per task a published plan schedules (추진 일정 tables).';
COMMENT ON COLUMN warehouse.v_plan_task.document IS 'Path of the source file.';
COMMENT ON COLUMN warehouse.v_plan_task.plan_year IS 'The year the plan is for.';
COMMENT ON COLUMN warehouse.v_plan_task.section IS 'The heading the task stands under.';
COMMENT ON COLUMN warehouse.v_plan_task.task IS 'The task as printed.';
COMMENT ON COLUMN warehouse.v_plan_task.ministries IS 'Canonical names of the responsible ministries, split when printed run together.';
COMMENT ON COLUMN warehouse.v_plan_task.ministries_as_written IS 'The ministries cell as printed.';
COMMENT ON COLUMN warehouse.v_plan_task.start_year IS 'First year of the schedule, when stated.';
COMMENT ON COLUMN warehouse.v_plan_task.end_year IS 'Last year, null when open-ended or not stated.';
COMMENT ON COLUMN warehouse.v_plan_task.ongoing IS 'True when the schedule says 계속 or leaves the end open (''20~).';
COMMENT ON COLUMN warehouse.v_plan_task.schedule_as_written IS 'The schedule cell as printed.';
COMMENT ON COLUMN warehouse.v_plan_task.page IS 'Page of the source file, where the format has pages.';
COMMENT ON COLUMN warehouse.v_plan_task.source_ref IS 'Place in the source.';
COMMENT ON COLUMN warehouse.v_plan_task.document_sha256 IS 'SHA-256 of the source file.';

GRANT SELECT ON warehouse.v_budget_mention, warehouse.v_plan_task TO planetl_reader;
