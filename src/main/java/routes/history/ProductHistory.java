package routes.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A product and what it was observed as, oldest first: one entry per change, not per crawl. */
public record ProductHistory(long productId, String url, String title, List<Observation> observations) {

    /** The product as a job saw it, when it differed from what was seen before. */
    public record Observation(long jobId, Instant observedAt, BigDecimal price, BigDecimal listPrice, String currency,
                              String availability, String title, JsonNode variants) {
    }
}
