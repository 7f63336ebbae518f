-- A job's history in order: state changes, discovery, failures. Read back by
-- GET /api/jobs/{id}/events (and replayable by event id).
CREATE TABLE job_event (
    id          BIGSERIAL PRIMARY KEY,
    job_id      BIGINT      NOT NULL REFERENCES crawl_job (id) ON DELETE CASCADE,
    type        TEXT        NOT NULL,
    data        JSONB       NOT NULL DEFAULT '{}',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX job_event_job_idx ON job_event (job_id, id);
