package routes.parse;

import static routes.parse.SchemaNodes.firstText;
import static routes.parse.SchemaNodes.images;
import static routes.parse.SchemaNodes.items;
import static routes.parse.SchemaNodes.text;
import static routes.parse.SchemaNodes.values;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import routes.model.ProductVariant;
import routes.price.PriceParser;
import routes.price.PriceReading;

/**
 * Reads a schema.org product item — from JSON-LD, microdata or RDFa alike — into its fields: its
 * offers ({@code Offer}, {@code AggregateOffer}, {@code priceSpecification} with list prices) and
 * its variants ({@code ProductGroup.hasVariant}, or one offer per variant as older Shopify themes
 * write it).
 */
final class SchemaProductReader {

    /** priceType values naming the regular price a sale price is shown against. */
    private static final Set<String> LIST_PRICE_TYPES = Set.of("ListPrice", "StrikethroughPrice", "SRP", "MSRP");
    private static final String[] GTINS = {"gtin", "gtin13", "gtin14", "gtin12", "gtin8"};
    private static final PriceReading NO_PRICE = new PriceReading(null, null, null, null, null, null);
    private static final Pattern VARIANT_PARAMETER = Pattern.compile("[?&]variant=([^&#]+)");

    private final PriceParser prices;

    SchemaProductReader(PriceParser prices) {
        this.prices = prices;
    }

    /** One offer's reading: what is paid, the list price, a range, the currency and availability. */
    private record OfferReading(BigDecimal price, BigDecimal listPrice, BigDecimal low, BigDecimal high, String currency,
                                String availability, String url, String sku, boolean aggregate, String problem) {
    }

    /**
     * @param offeredBy the offer the product is the itemOffered of, or null
     * @param selectedUrl the URL the page was fetched from (a ?variant= in it names the variant shown)
     */
    ProductFields read(JsonNode product, JsonNode offeredBy, String source, String selectedUrl) {
        ProductFields fields = new ProductFields(source);
        fields.raw = product.toString();
        fields.title = text(product, "name");
        fields.sku = text(product, "sku");
        fields.brand = text(product, "brand");
        fields.gtin = firstText(product, GTINS);
        fields.mpn = text(product, "mpn");
        fields.description = text(product, "description");
        fields.images.addAll(images(product, "image"));

        List<OfferReading> offers = offers(product);
        if (offers.isEmpty() && offeredBy != null) {
            offers.add(offer(offeredBy));
        }
        List<ProductVariant> variants = variants(product, offers);
        fields.variants.addAll(variants);
        OfferReading shown = shownOffer(offers, variants, selectedUrl);
        if (shown != null) {
            fields.price = shown.price();
            fields.listPrice = shown.listPrice();
            fields.currency = shown.currency();
            fields.availability = shown.availability();
            fields.lowPrice = shown.low();
            fields.highPrice = shown.high();
            fields.problem("price", shown.problem());
        }
        if (fields.sku == null && shown != null) {
            fields.sku = shown.sku(); // a group has none of its own: the SKU the page shows is its shown variant's
        }
        ProductVariant first = variants.isEmpty() ? null : variants.get(0);
        if (fields.images.isEmpty() && first != null && first.image() != null) {
            fields.images.add(first.image());
        }
        return fields;
    }

    private List<OfferReading> offers(JsonNode product) {
        List<OfferReading> offers = new ArrayList<>();
        for (JsonNode offer : items(product, "offers")) {
            offers.add(offer(offer));
            // an AggregateOffer may list its offers too: each is a variant's
            for (JsonNode inner : items(offer, "offers")) {
                offers.add(offer(inner));
            }
        }
        return offers;
    }

    private OfferReading offer(JsonNode offer) {
        String currency = text(offer, "priceCurrency");
        List<JsonNode> specifications = items(offer, "priceSpecification");
        if (currency == null) {
            currency = specifications.stream().map(s -> text(s, "priceCurrency")).filter(Objects::nonNull).findFirst().orElse(null);
        }
        PriceReading paid = read(text(offer, "price"), currency);
        BigDecimal listPrice = null;
        for (JsonNode specification : specifications) {
            boolean isList = LIST_PRICE_TYPES.contains(lastSegment(text(specification, "priceType")));
            PriceReading reading = read(text(specification, "price"), currency);
            if (isList && listPrice == null) {
                listPrice = reading.amount();
            } else if (!isList && paid.amount() == null) {
                paid = reading; // WooCommerce: the price only inside priceSpecification
            }
        }
        PriceReading low = read(text(offer, "lowPrice"), currency);
        PriceReading high = read(text(offer, "highPrice"), currency);
        BigDecimal price = paid.amount() != null ? paid.amount() : low.amount();
        if (listPrice != null && price != null && listPrice.compareTo(price) <= 0) {
            listPrice = null; // a "list price" not above the price paid is no sale
        }
        String problem = price != null ? null : firstProblem(paid, low);
        return new OfferReading(price, listPrice, low.amount(), high.amount(), currency,
                text(offer, "availability"), text(offer, "url"), text(offer, "sku"),
                SchemaNodes.hasType(offer, Set.of("AggregateOffer")), problem);
    }

    private PriceReading read(String value, String currency) {
        return value == null ? NO_PRICE : prices.readNumber(value, currency);
    }

    /** Variants from a ProductGroup's hasVariant; else, when a product has several offers, one per offer. */
    private List<ProductVariant> variants(JsonNode product, List<OfferReading> offers) {
        List<ProductVariant> variants = new ArrayList<>();
        List<String> variesBy = values(product, "variesBy").stream().map(SchemaNodes::text).filter(Objects::nonNull)
                .map(SchemaProductReader::lastSegment).toList();
        for (JsonNode variant : items(product, "hasVariant")) {
            List<OfferReading> variantOffers = offers(variant);
            OfferReading offer = variantOffers.isEmpty() ? null : variantOffers.get(0);
            List<String> variantImages = images(variant, "image");
            variants.add(new ProductVariant(text(variant, "sku"), text(variant, "name"), attributes(variant, variesBy),
                    offer == null ? null : offer.price(), offer == null ? null : offer.listPrice(),
                    offer == null ? null : offer.currency(), offer == null ? null : Availability.normalise(offer.availability()),
                    firstNonNull(text(variant, "url"), offer == null ? null : offer.url()), firstText(variant, GTINS),
                    variantImages.isEmpty() ? null : variantImages.get(0)));
        }
        if (variants.isEmpty() && offers.size() > 1) {
            for (OfferReading offer : offers) {
                if (!offer.aggregate() && offer.price() != null && (offer.sku() != null || offer.url() != null)) {
                    variants.add(new ProductVariant(offer.sku(), null, Map.of(), offer.price(), offer.listPrice(),
                            offer.currency(), Availability.normalise(offer.availability()), offer.url(), null, null));
                }
            }
        }
        return variants;
    }

    /** The properties a group varies by (size, color …), and any additionalProperty name/value pairs. */
    private static Map<String, String> attributes(JsonNode variant, List<String> variesBy) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String property : variesBy) {
            String value = text(variant, property);
            if (value != null) {
                attributes.put(property, value);
            }
        }
        for (JsonNode property : items(variant, "additionalProperty")) {
            String name = text(property, "name");
            String value = text(property, "value");
            if (name != null && value != null) {
                attributes.putIfAbsent(name, value);
            }
        }
        return attributes;
    }

    /**
     * The offer a shopper sees on arriving: the variant named in the URL, else the first one in
     * stock, else the first; several offers that are not variants give the lowest ("From …").
     */
    private static OfferReading shownOffer(List<OfferReading> offers, List<ProductVariant> variants, String selectedUrl) {
        if (offers.size() == 1) {
            return offers.get(0);
        }
        for (OfferReading offer : offers) {
            if (offer.aggregate() && offer.price() != null) {
                return offer; // the product's range as the page states it
            }
        }
        if (!variants.isEmpty()) {
            return offerOf(shownVariant(variants, selectedUrl));
        }
        return offers.stream().filter(o -> o.price() != null).min(Comparator.comparing(OfferReading::price))
                .orElse(offers.isEmpty() ? null : offers.get(0));
    }

    private static ProductVariant shownVariant(List<ProductVariant> variants, String selectedUrl) {
        String selected = variantParameter(selectedUrl);
        if (selected != null) {
            for (ProductVariant variant : variants) {
                if (selected.equals(variantParameter(variant.url()))) {
                    return variant;
                }
            }
        }
        return variants.stream().filter(v -> "InStock".equals(v.availability()) && v.price() != null).findFirst()
                .orElse(variants.stream().filter(v -> v.price() != null).findFirst().orElse(variants.get(0)));
    }

    private static OfferReading offerOf(ProductVariant variant) {
        return new OfferReading(variant.price(), variant.listPrice(), null, null, variant.currency(), variant.availability(),
                variant.url(), variant.sku(), false, null);
    }

    private static String variantParameter(String url) {
        if (url == null) {
            return null;
        }
        var matcher = VARIANT_PARAMETER.matcher(url);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String firstProblem(PriceReading... readings) {
        for (PriceReading reading : readings) {
            if (reading.problem() != null) {
                return reading.problem();
            }
        }
        return null;
    }

    private static String lastSegment(String value) {
        return value == null ? "" : value.substring(value.lastIndexOf('/') + 1);
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
