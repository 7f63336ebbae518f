package routes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns the rows of sql/job-products.sql (read a page at a time by the job-queries-products route,
 * 25-job-queries.camel.yaml, or by an export's cursor) into the API's view: JSON columns into
 * nested lists and maps.
 */
@Component
public class ResultRows {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<ProductView.CategoryView>> CATEGORIES = new TypeReference<>() { };
    private static final TypeReference<List<ProductView.VariantView>> VARIANTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() { };

    private final ObjectMapper json;

    public ResultRows(ObjectMapper json) {
        this.json = json;
    }

    /** A page of products; {@code counted} holds whether the job exists and how many products match. */
    public PageOf<ProductView> products(List<Map<String, Object>> rows, Map<String, Object> counted,
                                        Map<String, Object> query) {
        long jobId = (Long) query.get("jobId");
        if (((Number) counted.get("job_found")).longValue() == 0) {
            throw new NoSuchJobException(jobId);
        }
        List<ProductView> items = rows.stream().map(this::product).toList();
        return page(items, counted.get("total"), query);
    }

    /** One row of sql/job-products.sql as the API shows it (an item of the page, a line of the export). */
    public ProductView product(Map<String, Object> row) {
        return new ProductView((Long) row.get("id"), (String) row.get("url"),
                (String) row.get("sku"), (String) row.get("title"), (BigDecimal) row.get("price"),
                (BigDecimal) row.get("list_price"), (BigDecimal) row.get("low_price"), (BigDecimal) row.get("high_price"),
                (String) row.get("currency"), (String) row.get("availability"), (String) row.get("brand"),
                (String) row.get("gtin"), (String) row.get("mpn"), read(row.get("images"), STRINGS),
                (String) row.get("description"), read(row.get("variants"), VARIANTS),
                read(row.get("categories"), CATEGORIES), read(row.get("field_sources"), TEXT_MAP),
                read(row.get("extraction_problems"), TEXT_MAP));
    }

    private static <T> PageOf<T> page(List<T> items, Object total, Map<String, Object> query) {
        return new PageOf<>(items, (Integer) query.get("page"), (Integer) query.get("size"), ((Number) total).longValue());
    }

    /** A JSON column, read as text by the query (::text): a PGobject would need the connection. */
    private <T> T read(Object column, TypeReference<T> type) {
        if (column == null) {
            return null;
        }
        try {
            return json.readValue((String) column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored column is not JSON", e);
        }
    }
}
