-- Every cross-check each processing of a document made: the printed figure, the one computed from its parts, and
-- whether they agree within the printed precision.
CREATE VIEW quality.v_reconciliation AS
SELECT d.path AS document,
       c.fiscal_year,
       c.measure,
       c.rule,
       c.scope,
       CASE WHEN c.quantity = 'won' THEN c.expected END   AS expected_krw,
       CASE WHEN c.quantity = 'won' THEN c.computed END   AS computed_krw,
       CASE WHEN c.quantity = 'won' THEN c.difference END AS difference_krw,
       c.status,
       c.run_id,
       c.quantity,
       c.expected,
       c.computed,
       c.difference,
       c.tolerance,
       (c.run_id = d.last_run_id AND d.status <> 'superseded') AS is_current
FROM quality.check_result c
JOIN staging.document d ON d.id = c.document_id;

COMMENT ON VIEW quality.v_reconciliation IS 'Every cross-check of the arithmetic a document prints, per run: row and column totals, shares, task counts, project lines against the totals.';
COMMENT ON COLUMN quality.v_reconciliation.document IS 'Path of the source file.';
COMMENT ON COLUMN quality.v_reconciliation.fiscal_year IS 'The fiscal year checked.';
COMMENT ON COLUMN quality.v_reconciliation.measure IS '''plan'' or ''actual''.';
COMMENT ON COLUMN quality.v_reconciliation.rule IS 'The check: total.row, total.column, share.value, share.sum, task.count, reconcile.target, reconcile.ministry, reconcile.grand, figure.consistent …';
COMMENT ON COLUMN quality.v_reconciliation.scope IS 'What was checked, e.g. 2020 plan / target 1-2.';
COMMENT ON COLUMN quality.v_reconciliation.expected_krw IS 'The printed figure in won (null when the check counts percent or tasks).';
COMMENT ON COLUMN quality.v_reconciliation.computed_krw IS 'The figure computed from its parts, in won.';
COMMENT ON COLUMN quality.v_reconciliation.difference_krw IS 'computed − expected, in won.';
COMMENT ON COLUMN quality.v_reconciliation.status IS '''pass'' when the difference is within the tolerance the printed precision allows, else ''fail''.';
COMMENT ON COLUMN quality.v_reconciliation.run_id IS 'The run that made the check.';
COMMENT ON COLUMN quality.v_reconciliation.quantity IS 'What expected and computed count: won, percent or count.';
COMMENT ON COLUMN quality.v_reconciliation.expected IS 'The printed figure, in its quantity.';
COMMENT ON COLUMN quality.v_reconciliation.computed IS 'The computed figure, in its quantity.';
COMMENT ON COLUMN quality.v_reconciliation.difference IS 'computed − expected, in its quantity.';
COMMENT ON COLUMN quality.v_reconciliation.tolerance IS 'The largest difference the printed precision allows.';
COMMENT ON COLUMN quality.v_reconciliation.is_current IS 'True when the check comes from the latest processing of its document and that file version is still current.';
GRANT SELECT ON quality.v_reconciliation TO planetl_reader;
