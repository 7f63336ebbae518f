-- A job may name a webhook: when it ends, a 'webhook' task of the job POSTs the signed event to
-- the URL, through the same frontier, outbox and queue as the crawl's own tasks (leases, retries
-- with backoff, the dead letter and its replay), so no process's death loses one. The secret signs
-- the events (HMAC-SHA256); the API never shows it. url, secret and events are set together or not at all.
ALTER TABLE crawl_job
    ADD COLUMN webhook_url TEXT,
    ADD COLUMN webhook_secret TEXT,
    ADD COLUMN webhook_events TEXT[],
    ADD CONSTRAINT crawl_job_webhook_whole CHECK (
        (webhook_url IS NULL) = (webhook_secret IS NULL) AND (webhook_url IS NULL) = (webhook_events IS NULL));

ALTER TABLE crawl_task DROP CONSTRAINT crawl_task_kind_check;
ALTER TABLE crawl_task ADD CONSTRAINT crawl_task_kind_check
    CHECK (kind IN ('discover', 'listing', 'product', 'webhook'));

-- Every attempt to deliver a webhook event, as GET /api/jobs/{id}/webhooks lists it: the answer's
-- status code, or the error when there was none (timeout, refused connection, refused address).
-- delivery_id is what the receiver sees as X-Caravan-Delivery: the same on every attempt of one
-- event, so a receiver that got it twice (at-least-once) can tell.
CREATE TABLE webhook_delivery (
    id            BIGSERIAL PRIMARY KEY,
    job_id        BIGINT      NOT NULL REFERENCES crawl_job (id) ON DELETE CASCADE,
    task_id       BIGINT      NOT NULL REFERENCES crawl_task (id) ON DELETE CASCADE,
    attempt       INT         NOT NULL,
    event         TEXT        NOT NULL,
    delivery_id   TEXT        NOT NULL,
    status_code   INT,
    error         TEXT,
    duration_ms   BIGINT      NOT NULL,
    attempted_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX webhook_delivery_job_idx ON webhook_delivery (job_id, id);
CREATE INDEX webhook_delivery_task_idx ON webhook_delivery (task_id, delivery_id);
