-- The products of a job, one row per product however many URLs of the job led to it, in the
-- order the job found them; each with its variants and the categories this job found it under
-- (nested JSON built by PostgreSQL). The filters are optional: a parameter left out is NULL and
-- its condition holds for every row. A NULL size and offset (the exports) mean every row.
-- Read by the job-queries-products route (camel-sql, a page) and by routes.export.QueryExport
-- (a cursor: the JSON Lines and CSV exports).
WITH found AS (
    SELECT product_id, min(id) AS first_task FROM crawl_task
    WHERE job_id = :#jobId AND product_id IS NOT NULL GROUP BY product_id)
SELECT p.id, p.url, p.sku, p.title, p.price, p.list_price, p.low_price, p.high_price, p.currency,
       p.availability, p.brand, p.gtin, p.mpn, array_to_json(p.images)::text AS images,
       p.description, p.field_sources::text AS field_sources,
       p.extraction_problems::text AS extraction_problems,
       (SELECT coalesce(json_agg(json_build_object('name', c.name, 'path', c.path,
                  'kind', c.kind, 'parentPath', c.parent_path) ORDER BY c.path), '[]')
        FROM product_category pc JOIN category c ON c.id = pc.category_id
        WHERE pc.product_id = p.id AND pc.job_id = :#jobId)::text AS categories,
       (SELECT coalesce(json_agg(json_build_object('sku', v.sku, 'name', v.name,
                  'attributes', v.attributes, 'price', v.price, 'listPrice', v.list_price,
                  'currency', v.currency, 'availability', v.availability, 'url', v.url,
                  'gtin', v.gtin, 'image', v.image) ORDER BY v.position), '[]')
        FROM product_variant v WHERE v.product_id = p.id)::text AS variants
FROM found JOIN product p ON p.id = found.product_id
WHERE (CAST(:#availability AS text) IS NULL OR p.availability = :#availability)
  AND (CAST(:#minPrice AS numeric) IS NULL OR p.price >= :#minPrice)
  AND (CAST(:#maxPrice AS numeric) IS NULL OR p.price <= :#maxPrice)
ORDER BY found.first_task LIMIT :#size OFFSET :#offset
