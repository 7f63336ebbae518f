-- The site a job crawls (scheme://host[:port], as products and categories name it): recurring crawls
-- compare a job with the site's previous one, and a schedule starts no job for a site that has one
-- running.
ALTER TABLE crawl_job ADD COLUMN site TEXT;
UPDATE crawl_job SET site = substring(url FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*');
ALTER TABLE crawl_job ALTER COLUMN site SET NOT NULL;
CREATE INDEX crawl_job_site_idx ON crawl_job (site, id DESC);
