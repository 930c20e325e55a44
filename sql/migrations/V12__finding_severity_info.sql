-- Severity info: findings kept for the record that a steward need not act on (an amount in prose that is no
-- budget fact, a table that names no money), so that warnings are what a steward must look at.
ALTER TABLE quality.finding DROP CONSTRAINT finding_severity_check;
ALTER TABLE quality.finding ADD CONSTRAINT finding_severity_check
    CHECK (severity IN ('error', 'warning', 'repair', 'info'));

COMMENT ON COLUMN quality.v_finding.severity IS '''error'' (rejected, not loaded), ''warning'' (loaded, look at it), ''repair'' (corrected from the document''s own arithmetic) or ''info'' (recorded, nothing to act on: an amount in prose that is no budget fact, a table that names no money).';
