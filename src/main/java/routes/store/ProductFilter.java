package routes.store;

import java.math.BigDecimal;

/**
 * Which of a job's products to list: those with this availability (schema.org short name) and a
 * price within the bounds; null means no condition.
 */
public record ProductFilter(String availability, BigDecimal minPrice, BigDecimal maxPrice) {

    public static final ProductFilter ALL = new ProductFilter(null, null, null);
}
