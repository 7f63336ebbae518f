"""Scrapy peer of Caravan's full-site crawl (run with Debian's /usr/bin/python3: python3-scrapy 2.8).

Discovers the categories from the home page's navigation, walks every listing page (following
rel=next), fetches each product page once, reads its structured data (JSON-LD, else microdata,
else OpenGraph: the demo shop uses all three, as Caravan's parser does) and keeps each product
with every category it was found under, in memory; writes them as JSON lines at the end.

    /usr/bin/python3 scrapy_crawl.py http://127.0.0.1:8099/ out.jsonl

Prints one line: products=… categories=… pages=… wall_s=… peak_rss_mib=…
"""
import json
import resource
import sys
import time

import scrapy
from scrapy.crawler import CrawlerProcess


def structured_data(response):
    for script in response.xpath('//script[@type="application/ld+json"]/text()').getall():
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for node in data if isinstance(data, list) else [data]:
            if isinstance(node, dict) and node.get("@type") == "Product":
                offers = node.get("offers") or {}
                if isinstance(offers, list):
                    offers = offers[0] if offers else {}
                images = node.get("image") or []
                return {
                    "title": node.get("name"), "sku": node.get("sku"),
                    "price": offers.get("price"), "currency": offers.get("priceCurrency"),
                    "availability": (offers.get("availability") or "").rsplit("/", 1)[-1] or None,
                    "images": images if isinstance(images, list) else [images],
                    "description": node.get("description"),
                }
    item = response.css('[itemtype$="schema.org/Product"]')
    if item:
        return {
            "title": item.css('[itemprop="name"]::text').get(),
            "sku": item.css('[itemprop="sku"]::text').get(),
            "price": item.css('[itemprop="price"]::attr(content)').get(),
            "currency": item.css('[itemprop="priceCurrency"]::attr(content)').get(),
            "availability": (item.css('[itemprop="availability"]::attr(href)').get() or "").rsplit("/", 1)[-1] or None,
            "images": item.css('[itemprop="image"]::attr(src)').getall(),
            "description": item.css('[itemprop="description"]::text').get(),
        }
    og = {}
    for meta in response.css("meta[property]"):
        og.setdefault(meta.attrib["property"], []).append(meta.attrib.get("content"))
    if og.get("og:type") == ["product"]:
        first = lambda k: (og.get(k) or [None])[0]  # noqa: E731
        return {
            "title": first("og:title"), "sku": first("product:retailer_item_id"),
            "price": first("product:price:amount"), "currency": first("product:price:currency"),
            "availability": first("product:availability"), "images": og.get("og:image", []),
            "description": first("og:description"),
        }
    return None


class ShopSpider(scrapy.Spider):
    name = "shop"

    def __init__(self, start_url, **kwargs):
        super().__init__(**kwargs)
        self.start_urls = [start_url]
        self.products = {}      # product url -> data
        self.memberships = {}   # product url -> set of category paths it was listed under
        self.categories = set()
        self.pages = 0
        self.failures = 0

    def parse(self, response):  # the home page
        self.pages += 1
        for link in response.css("header nav a::attr(href)").getall():
            url = response.urljoin(link)
            path = url.split("://", 1)[1].split("/", 1)[1].split("?")[0]
            category = path[2:] if path.startswith("c/") else path
            self.categories.add(category)
            yield scrapy.Request(url, callback=self.parse_listing, cb_kwargs={"category": category})

    def parse_listing(self, response, category):
        self.pages += 1
        for link in response.css("a.product-link::attr(href)").getall():
            url = response.urljoin(link)
            self.memberships.setdefault(url, set()).add(category)
            yield scrapy.Request(url, callback=self.parse_product)  # the dupefilter fetches it once
        next_page = response.css('a[rel="next"]::attr(href)').get()
        if next_page:
            yield scrapy.Request(response.urljoin(next_page), callback=self.parse_listing,
                                 cb_kwargs={"category": category})

    def parse_product(self, response):
        self.pages += 1
        data = structured_data(response)
        if data is None:
            self.failures += 1
            return
        data["url"] = response.url
        self.products[response.url] = data


def main():
    start_url, out = sys.argv[1], sys.argv[2]
    concurrency = int(sys.argv[3]) if len(sys.argv) > 3 else 32
    process = CrawlerProcess(settings={
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,   # politeness lifted, as for Caravan
        "CONCURRENT_REQUESTS_PER_IP": 0,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "ROBOTSTXT_OBEY": True,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        "USER_AGENT": "CaravanBench-Scrapy/2.8 (+loopback benchmark)",
    })
    crawler = process.create_crawler(ShopSpider)
    started = time.monotonic()
    process.crawl(crawler, start_url=start_url)
    process.start()
    wall = time.monotonic() - started
    spider = crawler.spider
    with open(out, "w", encoding="utf-8") as f:
        for url, data in spider.products.items():
            data["categories"] = sorted(spider.memberships.get(url, ()))
            f.write(json.dumps(data, ensure_ascii=False) + "\n")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    links = sum(len(c) for c in spider.memberships.values())
    print(f"products={len(spider.products)} category_links={links} categories={len(spider.categories)} "
          f"pages={spider.pages} not_products={spider.failures} wall_s={wall:.1f} peak_rss_mib={peak:.0f}")


if __name__ == "__main__":
    main()
