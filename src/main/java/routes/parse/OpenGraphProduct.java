package routes.parse;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import routes.price.PriceHints;
import routes.price.PriceParser;
import routes.price.PriceReading;

/**
 * A product as OpenGraph and Facebook's product tags describe it: {@code og:price:*} (Shopify's
 * themes), {@code product:price:*} and {@code product:sale_price:*}. Amounts are written in the
 * shop's own money format ("1.299,00"), so they are read as text, with the tag's currency.
 */
final class OpenGraphProduct {

    private final PriceParser prices;

    OpenGraphProduct(PriceParser prices) {
        this.prices = prices;
    }

    ProductFields read(Document page, PriceHints hints) {
        ProductFields fields = new ProductFields("opengraph");
        String type = meta(page, "og:type");
        fields.title = meta(page, "og:title");
        String currency = first(meta(page, "product:price:currency"), meta(page, "og:price:currency"));
        String amount = first(meta(page, "product:price:amount"), meta(page, "og:price:amount"));
        String sale = meta(page, "product:sale_price:amount");
        if (amount == null && sale == null && (type == null || !type.toLowerCase(Locale.ROOT).contains("product"))) {
            return null; // an article's or a listing's tags say nothing about a product
        }
        PriceHints withCurrency = new PriceHints(hints.locale(), currency != null ? currency.strip() : hints.currency());
        PriceReading regular = amount == null ? null : prices.read(amount, withCurrency);
        PriceReading onSale = sale == null ? null : prices.read(sale, withCurrency);
        PriceReading paid = onSale != null && onSale.amount() != null ? onSale : regular;
        if (paid != null) {
            fields.price = paid.amount();
            fields.currency = paid.currency();
            fields.problem("price", paid.problem());
            if (paid == onSale && regular != null && regular.amount() != null && regular.amount().compareTo(paid.amount()) > 0) {
                fields.listPrice = regular.amount();
            }
        }
        fields.availability = first(meta(page, "product:availability"), meta(page, "og:availability"));
        fields.sku = meta(page, "product:retailer_item_id");
        fields.brand = meta(page, "product:brand");
        fields.description = meta(page, "og:description");
        for (Element image : Css.select(page, "meta[property=og:image], meta[property=og:image:secure_url]")) {
            if (!image.attr("content").isBlank()) {
                fields.images.add(image.attr("content").strip());
            }
        }
        return fields;
    }

    static String meta(Document page, String property) {
        Element meta = Css.selectFirst(page, "meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null || meta.attr("content").isBlank() ? null : meta.attr("content").strip();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
