-- A read-only role for planetl's own read commands (status, report, sql): beside the documented views it reads
-- the registry, the runs and the findings. It holds SELECT only, so no statement of its members can write.
-- On the embedded server planetl grants it, with planetl_reader, to the login planetl_query; on an external
-- server grant it to the login the read commands use.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'planetl_steward') THEN
        CREATE ROLE planetl_steward NOLOGIN;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA staging, quality, warehouse TO planetl_steward;
GRANT SELECT ON ALL TABLES IN SCHEMA staging, quality, warehouse TO planetl_steward;
-- tables and views later migrations add (run by the same user) are readable too
ALTER DEFAULT PRIVILEGES IN SCHEMA staging, quality, warehouse GRANT SELECT ON TABLES TO planetl_steward;
