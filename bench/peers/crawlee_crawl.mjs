// Crawlee 3.18 CheerioCrawler peer of Caravan's full-site crawl (the same walk as scrapy_crawl.py):
// categories from the home page's navigation, every listing page (rel=next), each product page
// once (the request queue dedups by URL), structured data from JSON-LD, else microdata, else
// OpenGraph; each product kept with every category it was listed under, in memory, written as
// JSON lines at the end.
//
//   node crawlee_crawl.mjs http://127.0.0.1:8099/ out.jsonl [concurrency=32]
// Storage: CRAWLEE_PERSIST_STORAGE=false keeps the request queue in memory; true (Crawlee's
// default) persists it under CRAWLEE_STORAGE_DIR. Prints one line:
//   products=… category_links=… categories=… pages=… wall_s=… peak_rss_mib=…
import { writeFileSync } from 'node:fs';
import { CheerioCrawler, Configuration, log, LogLevel } from 'crawlee';

const [startUrl, out, concurrencyArg] = process.argv.slice(2);
const concurrency = Number(concurrencyArg ?? 32);
log.setLevel(LogLevel.WARNING);

const products = new Map();      // product url -> data
const memberships = new Map();   // product url -> Set of category paths
const categories = new Set();
let pages = 0;
let notProducts = 0;

function structuredData($) {
    for (const script of $('script[type="application/ld+json"]').toArray()) {
        let data;
        try { data = JSON.parse($(script).text()); } catch { continue; }
        for (const node of Array.isArray(data) ? data : [data]) {
            if (node && node['@type'] === 'Product') {
                let offers = node.offers ?? {};
                if (Array.isArray(offers)) offers = offers[0] ?? {};
                const images = node.image ?? [];
                return {
                    title: node.name, sku: node.sku, price: offers.price, currency: offers.priceCurrency,
                    availability: (offers.availability ?? '').split('/').pop() || null,
                    images: Array.isArray(images) ? images : [images], description: node.description,
                };
            }
        }
    }
    const item = $('[itemtype$="schema.org/Product"]').first();
    if (item.length) {
        return {
            title: item.find('[itemprop="name"]').first().text(),
            sku: item.find('[itemprop="sku"]').first().text(),
            price: item.find('[itemprop="price"]').attr('content'),
            currency: item.find('[itemprop="priceCurrency"]').attr('content'),
            availability: (item.find('[itemprop="availability"]').attr('href') ?? '').split('/').pop() || null,
            images: item.find('[itemprop="image"]').toArray().map((i) => $(i).attr('src')),
            description: item.find('[itemprop="description"]').first().text(),
        };
    }
    const og = {};
    $('meta[property]').each((_, m) => { (og[$(m).attr('property')] ??= []).push($(m).attr('content')); });
    if (og['og:type']?.[0] === 'product') {
        const first = (k) => og[k]?.[0] ?? null;
        return {
            title: first('og:title'), sku: first('product:retailer_item_id'), price: first('product:price:amount'),
            currency: first('product:price:currency'), availability: first('product:availability'),
            images: og['og:image'] ?? [], description: first('og:description'),
        };
    }
    return null;
}

const crawler = new CheerioCrawler({
    minConcurrency: concurrency,          // a fixed 32 in flight, like Scrapy's CONCURRENT_REQUESTS
    maxConcurrency: concurrency,
    respectRobotsTxtFile: true,
    maxRequestRetries: 3,
    useSessionPool: false,
    statusMessageLoggingInterval: 3600,
    async requestHandler({ request, $ }) {
        pages++;
        const label = request.label ?? 'HOME';
        if (label === 'HOME') {
            const listings = $('header nav a').toArray().map((a) => {
                const url = new URL($(a).attr('href'), request.loadedUrl).href;
                const path = new URL(url).pathname.slice(1);
                const category = path.startsWith('c/') ? path.slice(2) : path;
                categories.add(category);
                return { url, label: 'LISTING', userData: { category } };
            });
            await crawler.addRequests(listings);
        } else if (label === 'LISTING') {
            const { category } = request.userData;
            const found = $('a.product-link').toArray().map((a) => new URL($(a).attr('href'), request.loadedUrl).href);
            for (const url of found) {
                if (!memberships.has(url)) memberships.set(url, new Set());
                memberships.get(url).add(category);
            }
            const next = $('a[rel="next"]').attr('href');
            const requests = found.map((url) => ({ url, label: 'PRODUCT' }));
            if (next) {
                requests.push({ url: new URL(next, request.loadedUrl).href, label: 'LISTING', userData: { category } });
            }
            await crawler.addRequests(requests);
        } else {
            const data = structuredData($);
            if (!data) { notProducts++; return; }
            data.url = request.url;
            products.set(request.url, data);
        }
    },
}, new Configuration({ persistStorage: process.env.CRAWLEE_PERSIST_STORAGE !== 'false', purgeOnStart: true }));

const started = performance.now();
await crawler.run([{ url: startUrl, label: 'HOME' }]);
const wall = (performance.now() - started) / 1000;

const lines = [];
for (const [url, data] of products) {
    data.categories = [...(memberships.get(url) ?? [])].sort();
    lines.push(JSON.stringify(data));
}
writeFileSync(out, lines.join('\n') + '\n');
let links = 0;
for (const set of memberships.values()) links += set.size;
const peak = process.resourceUsage().maxRSS / 1024; // KiB
console.log(`products=${products.size} category_links=${links} categories=${categories.size} pages=${pages} `
    + `not_products=${notProducts} wall_s=${wall.toFixed(1)} peak_rss_mib=${peak.toFixed(0)}`);
