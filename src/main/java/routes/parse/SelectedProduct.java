package routes.parse;

import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import routes.price.PriceHints;
import routes.price.PriceParser;
import routes.price.PriceReading;

/** A product read with the profile's and the job's CSS selectors; prices and currencies from their text. */
final class SelectedProduct {

    private final PriceParser prices;

    SelectedProduct(PriceParser prices) {
        this.prices = prices;
    }

    ProductFields read(Document page, Map<String, String> selectors, PriceHints hints) {
        ProductFields fields = new ProductFields("selector");
        fields.title = selected(page, selectors.get("title"));
        String currencyText = selected(page, selectors.get("currency"));
        String currency = currencyText == null ? null : prices.currencyOf(currencyText, hints).orElse(null);
        PriceHints priceHints = new PriceHints(hints.locale(), currency != null ? currency : hints.currency());
        String priceText = selected(page, selectors.get("price"));
        if (priceText != null) {
            PriceReading price = prices.read(priceText, priceHints);
            fields.price = price.amount();
            fields.listPrice = price.listPrice();
            fields.lowPrice = price.low();
            fields.highPrice = price.high();
            fields.currency = price.currency();
            fields.problem("price", price.problem());
        }
        String listText = selected(page, selectors.get("listPrice"));
        if (listText != null && fields.listPrice == null) {
            fields.listPrice = prices.read(listText, priceHints).amount();
        }
        if (fields.currency == null) {
            fields.currency = currency;
        }
        fields.sku = selected(page, selectors.get("sku"));
        fields.brand = selected(page, selectors.get("brand"));
        fields.availability = selected(page, selectors.get("availability"));
        fields.description = selected(page, selectors.get("description"));
        if (selectors.get("image") != null) {
            for (Element image : Css.select(page, selectors.get("image"))) {
                String src = value(image);
                if (src != null) {
                    fields.images.add(src);
                }
            }
        }
        return fields;
    }

    private static String selected(Document page, String selector) {
        if (selector == null) {
            return null;
        }
        Element element = Css.selectFirst(page, selector);
        return element == null ? null : value(element);
    }

    /** An element's value as microdata defines it: content, then link targets, then its text. */
    private static String value(Element element) {
        for (String attribute : new String[] {"content", "href", "src"}) {
            if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
                return element.attr(attribute).strip();
            }
        }
        String text = element.text().strip();
        return text.isEmpty() ? null : text;
    }
}
