-- Prices as shops publish them: exact amounts of any scale (three-decimal currencies such as KWD,
-- 34.992 kept as written) instead of two decimals; amounts beyond what a price can be are refused
-- by the parser, not by a numeric overflow that would dead-letter the product.
ALTER TABLE product ALTER COLUMN price TYPE NUMERIC;

-- What a shopper pays is price; on sale, list_price is the struck-through regular price; a range
-- (variable products, "From …") has its bounds.
ALTER TABLE product
    ADD COLUMN list_price NUMERIC,
    ADD COLUMN low_price NUMERIC,
    ADD COLUMN high_price NUMERIC,
    ADD COLUMN brand TEXT,
    ADD COLUMN gtin TEXT,
    ADD COLUMN mpn TEXT,
    -- where each field came from (jsonld, microdata, rdfa, opengraph, selector, text)
    ADD COLUMN field_sources JSONB NOT NULL DEFAULT '{}',
    -- why a field the page seemed to offer was left empty (unreadable price, broken JSON-LD …)
    ADD COLUMN extraction_problems JSONB NOT NULL DEFAULT '{}';

-- A product's variants (sizes, colours …) in the order the page lists them; replaced whole each
-- time the product is stored, by one statement that deletes the old rows and inserts the new (no
-- unique key on position: the new rows would collide with the old ones it is deleting).
CREATE TABLE product_variant (
    product_id    BIGINT  NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position      INT     NOT NULL,
    sku           TEXT,
    name          TEXT,
    attributes    JSONB   NOT NULL DEFAULT '{}',
    price         NUMERIC,
    list_price    NUMERIC,
    currency      TEXT,
    availability  TEXT,
    url           TEXT,
    gtin          TEXT,
    image         TEXT
);
CREATE INDEX product_variant_product_idx ON product_variant (product_id, position);

