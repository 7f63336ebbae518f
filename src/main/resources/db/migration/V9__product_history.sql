-- A product's history across its site's jobs: an observation is stored only when a tracked field
-- (price, list price, currency, availability, title, variants) differs from the product's latest
-- one, so an unchanged product costs nothing per crawl. Its state as of job J is its latest
-- observation with job_id <= J.
CREATE TABLE product_observation (
    id            BIGSERIAL   PRIMARY KEY,
    product_id    BIGINT      NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    job_id        BIGINT      NOT NULL REFERENCES crawl_job (id) ON DELETE CASCADE,
    observed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    price         NUMERIC,
    list_price    NUMERIC,
    currency      TEXT,
    availability  TEXT,
    title         TEXT,
    -- per variant, in the page's order: sku, name, price, listPrice, availability
    variants      JSONB       NOT NULL DEFAULT '[]'
);
CREATE INDEX product_observation_product_idx ON product_observation (product_id, job_id DESC, id DESC);

-- What changed in a job against the site's previous DONE job (compared_with_job_id; NULL when there
-- was none): recorded when the job ends, in the transaction that ends it.
CREATE TABLE job_change (
    job_id      BIGINT NOT NULL REFERENCES crawl_job (id) ON DELETE CASCADE,
    product_id  BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    change      TEXT   NOT NULL CHECK (change IN ('new', 'gone', 'price_up', 'price_down', 'availability')),
    old_value   TEXT,
    new_value   TEXT,
    PRIMARY KEY (job_id, change, product_id)
);
ALTER TABLE crawl_job ADD COLUMN compared_with_job_id BIGINT;

-- The validators a product page last answered with, per URL as requested (before redirects): a later
-- job sends them back (If-None-Match, If-Modified-Since), and a 304 means the stored product is
-- still what the page says.
CREATE TABLE page_validator (
    url            TEXT        PRIMARY KEY,
    site           TEXT        NOT NULL,
    etag           TEXT,
    last_modified  TEXT,
    product_id     BIGINT      NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (etag IS NOT NULL OR last_modified IS NOT NULL)
);

-- A product task whose page answered 304 Not Modified: seen by its job, not parsed again.
ALTER TABLE crawl_task ADD COLUMN not_modified BOOLEAN NOT NULL DEFAULT false;
