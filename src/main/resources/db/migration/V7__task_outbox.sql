-- The transactional outbox between the frontier and the Redis queue. A stage that adds tasks writes
-- one row here in the same transaction, naming them; the row is deleted once Redis has them. A row
-- that outlives caravan.queue.outbox-grace belongs to an enqueue that failed or a worker that died
-- between commit and enqueue: the outbox reconciler offers its tasks again. Rows live seconds, so
-- the table stays small whatever the size of the finished work.
CREATE TABLE task_outbox (
    id         BIGSERIAL PRIMARY KEY,
    task_ids   BIGINT[]    NOT NULL,
    offered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts   INT         NOT NULL DEFAULT 0
);
CREATE INDEX task_outbox_offered_at ON task_outbox (offered_at);

-- Tasks that were queued before this migration never had an outbox row; a restart re-offers them
-- through the frontier-recovery path if Redis lost them, and they are in Redis otherwise.
