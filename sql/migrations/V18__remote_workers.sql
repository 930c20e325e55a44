-- Remote partitioning (planetl ingest DIR --remote, planetl worker): the partition requests travel through the
-- warehouse itself, in Spring Integration's JDBC channel message store (its PostgreSQL table, in the batch
-- schema beside the job repository), so no message broker is needed. And every worker records itself and a
-- heartbeat, so that the manager can tell a worker that died mid-partition from one that is still reading.

CREATE SEQUENCE batch.int_message_seq START WITH 1 INCREMENT BY 1 NO CYCLE;

-- The table JdbcChannelMessageStore reads and writes (spring-integration-jdbc's schema-postgresql.sql).
CREATE TABLE batch.int_channel_message (
    message_id       char(36)     NOT NULL,
    group_key        char(36)     NOT NULL,
    created_date     bigint       NOT NULL,
    message_priority bigint,
    message_sequence bigint       NOT NULL DEFAULT nextval('batch.int_message_seq'),
    message_content  bytea,
    region           varchar(100) NOT NULL,
    CONSTRAINT int_channel_message_pk PRIMARY KEY (region, group_key, created_date, message_sequence)
);
CREATE INDEX int_channel_msg_delete_idx ON batch.int_channel_message (region, group_key, message_id);
COMMENT ON TABLE batch.int_channel_message IS 'Partition requests of the process step waiting for a worker (Spring Integration JDBC channel message store).';

CREATE TABLE staging.worker (
    id            bigserial   PRIMARY KEY,
    host          text        NOT NULL,
    pid           bigint      NOT NULL,
    threads       integer     NOT NULL,
    started_at    timestamptz NOT NULL DEFAULT now(),
    heartbeat_at  timestamptz NOT NULL DEFAULT now(),
    stopped_at    timestamptz
);
COMMENT ON TABLE staging.worker IS 'Every planetl worker that joined the warehouse: where it runs and when it last said it is alive.';
COMMENT ON COLUMN staging.worker.heartbeat_at IS 'Renewed every few seconds while the worker runs; a stale one means the worker is gone.';
COMMENT ON COLUMN staging.worker.stopped_at IS 'When the worker ended by itself; null while it runs or when it was killed.';

-- Which worker runs which partition (a step execution of processDocuments), while it runs it.
CREATE TABLE staging.worker_partition (
    step_execution_id bigint      PRIMARY KEY,
    worker_id         bigint      NOT NULL REFERENCES staging.worker (id),
    started_at        timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE staging.worker_partition IS 'The partitions workers are reading now; a row whose worker''s heartbeat is stale is a partition to run again.';
