-- Whether the job exists, and how many of its products job-products.sql lists with the same filters.
SELECT (SELECT count(*) FROM crawl_job WHERE id = :#jobId) AS job_found,
       (SELECT count(*)
        FROM (SELECT DISTINCT product_id FROM crawl_task
              WHERE job_id = :#jobId AND product_id IS NOT NULL) found
        JOIN product p ON p.id = found.product_id
        WHERE (CAST(:#availability AS text) IS NULL OR p.availability = :#availability)
          AND (CAST(:#minPrice AS numeric) IS NULL OR p.price >= :#minPrice)
          AND (CAST(:#maxPrice AS numeric) IS NULL OR p.price <= :#maxPrice)) AS total
