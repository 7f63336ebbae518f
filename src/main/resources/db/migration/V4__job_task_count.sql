-- How many tasks a job has planned: the used part of its page budget (max_pages). Kept on the job
-- row, which is locked whenever the frontier grows, so checking the budget no longer counts the
-- job's whole frontier on every listing page (quadratic in the size of the site).
ALTER TABLE crawl_job ADD COLUMN task_count BIGINT NOT NULL DEFAULT 0;
UPDATE crawl_job j SET task_count = (SELECT count(*) FROM crawl_task t WHERE t.job_id = j.id);
