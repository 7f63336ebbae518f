-- The site profile each job crawls with, and why it was chosen (named by the job, or detected on
-- its first page).
ALTER TABLE crawl_job ADD COLUMN profile TEXT, ADD COLUMN profile_reason TEXT;

-- A listing found in a navigation or a sitemap is only a candidate category until its page is seen
-- to list products; until then its task carries the candidate here and no category row exists.
ALTER TABLE crawl_task ADD COLUMN candidate_category JSONB;

-- The categories each job found (confirmed listings): a job's count, and what its products are
-- linked to.
CREATE TABLE job_category (
    job_id       BIGINT NOT NULL REFERENCES crawl_job (id) ON DELETE CASCADE,
    category_id  BIGINT NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    PRIMARY KEY (job_id, category_id)
);
INSERT INTO job_category (job_id, category_id)
SELECT DISTINCT job_id, category_id FROM crawl_task WHERE kind = 'listing' AND category_id IS NOT NULL;

-- A product's category links belong to the job that found them: a second job on the same site
-- reports only its own.
ALTER TABLE product_category ADD COLUMN job_id BIGINT REFERENCES crawl_job (id) ON DELETE CASCADE;
DELETE FROM product_category;
INSERT INTO product_category (job_id, product_id, category_id)
SELECT DISTINCT t.job_id, t.product_id, tc.category_id
FROM crawl_task t JOIN task_category tc ON tc.task_id = t.id WHERE t.product_id IS NOT NULL;
ALTER TABLE product_category ALTER COLUMN job_id SET NOT NULL;
ALTER TABLE product_category DROP CONSTRAINT product_category_pkey;
ALTER TABLE product_category ADD PRIMARY KEY (job_id, product_id, category_id);

-- A product is one row per canonical URL (the unique url), then per SKU within its site.
CREATE INDEX product_site_sku_idx ON product (site, sku) WHERE sku IS NOT NULL;
