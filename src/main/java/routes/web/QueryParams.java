package routes.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import routes.export.ExportFormat;
import routes.history.Change;
import routes.model.JobStatus;
import routes.parse.Availability;
import routes.store.ProductFilter;

/** Checks path and query parameters of the read endpoints, refusing bad ones with a 400 naming them. */
@Component
public class QueryParams {

    /** The media types an Accept header may name for each format (any other is passed over). */
    private static final Map<String, ExportFormat> ACCEPTED = Map.of(
            "application/x-ndjson", ExportFormat.JSONL, "application/jsonl", ExportFormat.JSONL,
            "text/csv", ExportFormat.CSV,
            "application/json", ExportFormat.JSON, "application/*", ExportFormat.JSON, "*/*", ExportFormat.JSON);

    private final int maxPageSize;

    public QueryParams(@Value("${caravan.api.max-page-size}") int maxPageSize) {
        this.maxPageSize = maxPageSize;
    }

    public long id(String name, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // refused below
        }
        throw ApiException.badRequest(name, "must be a positive whole number");
    }

    public Long optionalId(String name, String value) {
        return value == null || value.isEmpty() ? null : id(name, value);
    }

    public int page(String value) {
        return bounded("page", value, 0, 0, Integer.MAX_VALUE / maxPageSize);
    }

    public int size(String value) {
        return bounded("size", value, 20, 1, maxPageSize);
    }

    public JobStatus status(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Arrays.stream(JobStatus.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("status", "must be one of " + Arrays.toString(JobStatus.values())));
    }

    /** A kind of change as job_change names it ("price_down"), any case; null for all. */
    public Change change(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Change.ofLabel(value).orElseThrow(() -> ApiException.badRequest("change", "must be one of " + Change.labels()));
    }

    /** A schema.org availability, as the products store it: "InStock", "outofstock" and the schema.org URL all work. */
    public String availability(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return Availability.known(value)
                .orElseThrow(() -> ApiException.badRequest("availability", "must be one of " + Availability.names()));
    }

    /** A price bound: a plain non-negative decimal ("12.50"). */
    public BigDecimal price(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(value.strip());
            if (price.signum() >= 0 && price.precision() - price.scale() <= 15) {
                return price;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.badRequest(name, "must be a non-negative decimal number such as 12.50");
    }

    public ProductFilter productFilter(String availability, String minPrice, String maxPrice) {
        ProductFilter filter = new ProductFilter(availability(availability), price("minPrice", minPrice), price("maxPrice", maxPrice));
        if (filter.minPrice() != null && filter.maxPrice() != null && filter.minPrice().compareTo(filter.maxPrice()) > 0) {
            throw ApiException.badRequest("minPrice", "must not be above maxPrice");
        }
        return filter;
    }

    /**
     * How a list answers: the {@code format} parameter if given (it wins), else the format of the
     * media type the Accept header prefers most (quality, then order) among those it may name;
     * a JSON page when it names none of them or cannot be read, as before exports existed.
     */
    public ExportFormat exportFormat(String format, String accept) {
        if (format != null && !format.isEmpty()) {
            return ExportFormat.named(format).orElseThrow(() -> ApiException.badRequest("format",
                    "must be one of " + Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).toList()));
        }
        if (accept == null || accept.isBlank()) {
            return ExportFormat.JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return ExportFormat.JSON;
        }
        ExportFormat preferred = ExportFormat.JSON;
        double preferredQuality = 0;
        for (MediaType type : accepted) {
            ExportFormat named = ACCEPTED.get((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
            if (named != null && type.getQualityValue() > preferredQuality) {
                preferred = named;
                preferredQuality = type.getQualityValue();
            }
        }
        return preferred;
    }

    private static int bounded(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.badRequest(name, "must be a whole number from " + min + " to " + max);
    }
}
