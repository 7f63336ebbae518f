package routes.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import routes.store.ProductView;
import routes.store.ResultRows;

class ProductRowsTest {

    private final ProductRows rows = new ProductRows(new ResultRows(new ObjectMapper()));

    @Test
    void aRecordHasOneFieldPerColumnWithListsJoinedAndVariantsCounted() {
        ProductView product = new ProductView(1, "https://shop.test/p/1", "SKU-1", "Shirt, blue",
                new BigDecimal("19.90"), new BigDecimal("24.90"), null, null, "EUR", "InStock", "Acme", "4006381333931",
                "M-1",
                List.of("https://shop.test/1.jpg", "https://shop.test/2.jpg"), "Soft.\nWarm.",
                List.of(variant("SKU-1-S"), variant("SKU-1-M")),
                List.of(new ProductView.CategoryView("Shirts", "/c/men/shirts", "product", "/c/men"),
                        new ProductView.CategoryView("Sale", "/c/sale", "featured", null)),
                Map.of(), Map.of());

        List<Object> record = rows.csvRecord(product);

        assertThat(record).hasSameSizeAs(rows.csvColumns());
        assertThat(record).containsExactly("https://shop.test/p/1", "SKU-1", "Shirt, blue", new BigDecimal("19.90"),
                new BigDecimal("24.90"), null, null, "EUR", "InStock", "Acme", "4006381333931", "M-1",
                "/c/men/shirts|/c/sale", "https://shop.test/1.jpg|https://shop.test/2.jpg", 2, "Soft.\nWarm.");
    }

    @Test
    void missingListsAreEmptyFieldsAndNoVariants() {
        ProductView bare = new ProductView(2, "https://shop.test/p/2", null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);

        List<Object> record = rows.csvRecord(bare);

        assertThat(record.get(rows.csvColumns().indexOf("categories"))).isNull();
        assertThat(record.get(rows.csvColumns().indexOf("images"))).isNull();
        assertThat(record.get(rows.csvColumns().indexOf("variants"))).isEqualTo(0);
    }

    private static ProductView.VariantView variant(String sku) {
        return new ProductView.VariantView(sku, null, Map.of(), null, null, null, null, null, null, null);
    }
}
