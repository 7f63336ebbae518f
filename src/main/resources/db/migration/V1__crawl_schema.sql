-- Caravan's source of truth. Redis only holds work in flight; everything needed to
-- rebuild it (the frontier) lives here.

CREATE TABLE crawl_job (
    id               BIGSERIAL PRIMARY KEY,
    url              TEXT        NOT NULL,
    type             TEXT        NOT NULL CHECK (type IN ('full_site', 'category', 'product')),
    priority         TEXT        NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
    max_pages        INTEGER     NOT NULL CHECK (max_pages > 0),
    category_filter  TEXT[]      NOT NULL DEFAULT '{}',
    selectors        JSONB       NOT NULL DEFAULT '{}',
    status           TEXT        NOT NULL DEFAULT 'QUEUED'
                     CHECK (status IN ('QUEUED', 'DISCOVERING', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    idempotency_key  TEXT        UNIQUE,
    request_hash     TEXT        NOT NULL,
    error            TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at       TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ
);
CREATE INDEX crawl_job_status_idx ON crawl_job (status, id DESC);

-- Sites' categories are shared by every job that crawls the site.
CREATE TABLE category (
    id           BIGSERIAL PRIMARY KEY,
    site         TEXT NOT NULL,              -- scheme://host[:port]
    path         TEXT NOT NULL,              -- URL path, e.g. /c/clothing/shirts
    name         TEXT NOT NULL,
    parent_path  TEXT,
    kind         TEXT NOT NULL CHECK (kind IN ('product', 'gender', 'featured', 'brand')),
    UNIQUE (site, path)
);

CREATE TABLE product (
    id               BIGSERIAL PRIMARY KEY,
    url              TEXT        NOT NULL UNIQUE,
    site             TEXT        NOT NULL,
    title            TEXT,
    price            NUMERIC(14, 2),
    currency         TEXT,
    sku              TEXT,
    availability     TEXT,
    images           TEXT[]      NOT NULL DEFAULT '{}',
    description      TEXT,
    structured_data  JSONB,
    source           TEXT,
    first_seen_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE product_category (
    product_id   BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    category_id  BIGINT NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, category_id)
);

-- The frontier: one row per URL and kind a job will fetch, unique per job, so a
-- URL found twice is fetched once and a re-run task is recognised as done.
CREATE TABLE crawl_task (
    id           BIGSERIAL PRIMARY KEY,
    job_id       BIGINT      NOT NULL REFERENCES crawl_job (id) ON DELETE CASCADE,
    kind         TEXT        NOT NULL CHECK (kind IN ('discover', 'listing', 'product')),
    url          TEXT        NOT NULL,
    category_id  BIGINT      REFERENCES category (id),
    status       TEXT        NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'DONE', 'FAILED', 'CANCELLED')),
    product_id   BIGINT      REFERENCES product (id),
    error        TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ,
    UNIQUE (job_id, kind, url)
);
CREATE INDEX crawl_task_queued_idx ON crawl_task (job_id) WHERE status = 'QUEUED';
CREATE INDEX crawl_task_job_product_idx ON crawl_task (job_id, id) WHERE product_id IS NOT NULL;

-- Every category a product URL was found under within a job; copied into
-- product_category when the product is stored.
CREATE TABLE task_category (
    task_id      BIGINT NOT NULL REFERENCES crawl_task (id) ON DELETE CASCADE,
    category_id  BIGINT NOT NULL REFERENCES category (id),
    PRIMARY KEY (task_id, category_id)
);

CREATE TABLE dead_letter (
    id          BIGSERIAL PRIMARY KEY,
    job_id      BIGINT      NOT NULL REFERENCES crawl_job (id) ON DELETE CASCADE,
    task_id     BIGINT      NOT NULL REFERENCES crawl_task (id) ON DELETE CASCADE,
    kind        TEXT        NOT NULL,
    url         TEXT        NOT NULL,
    error       TEXT        NOT NULL,
    attempts    INTEGER     NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX dead_letter_job_idx ON dead_letter (job_id);
