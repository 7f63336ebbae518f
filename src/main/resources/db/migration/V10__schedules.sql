-- Recurring crawls. A schedule keeps its job's options exactly as a POST /api/jobs body
-- (job_request), so every job option, present and future, works unchanged: each fire parses it
-- as a submission. Exactly one of cron (+ time_zone) and interval_seconds says when it fires.
CREATE TABLE schedule (
    id                BIGSERIAL PRIMARY KEY,
    name              TEXT,
    job_request       JSONB       NOT NULL,
    site              TEXT        NOT NULL,              -- scheme://host[:port] of the job's url
    cron              TEXT,                              -- 5-field Unix cron or a macro (@daily)
    time_zone         TEXT,                              -- IANA zone the cron is read in
    interval_seconds  BIGINT      CHECK (interval_seconds > 0),
    paused            BOOLEAN     NOT NULL DEFAULT false,
    next_fire_at      TIMESTAMPTZ NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((cron IS NULL) <> (interval_seconds IS NULL)),
    CHECK ((cron IS NULL) = (time_zone IS NULL))
);
-- what the firing routes look for in every process: due schedules, soonest first
CREATE INDEX schedule_due_idx ON schedule (next_fire_at) WHERE NOT paused;

-- One row per schedule and fire time, whichever process fired it: the primary key is what makes a
-- fire time fire once. started: job_id is the job it started; skipped_running: job_id is the site's
-- job still active then; refused: the stored job request no longer passes validation (error says why).
CREATE TABLE schedule_fire (
    schedule_id  BIGINT      NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
    fire_time    TIMESTAMPTZ NOT NULL,
    outcome      TEXT        NOT NULL CHECK (outcome IN ('started', 'skipped_running', 'refused')),
    job_id       BIGINT      REFERENCES crawl_job (id) ON DELETE SET NULL,
    error        TEXT,
    fired_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (schedule_id, fire_time)
);

-- The jobs a schedule started; they outlive it (deleting a schedule keeps its jobs).
ALTER TABLE crawl_job ADD COLUMN schedule_id BIGINT REFERENCES schedule (id) ON DELETE SET NULL;
CREATE INDEX crawl_job_schedule_idx ON crawl_job (schedule_id) WHERE schedule_id IS NOT NULL;
