package routes.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import routes.store.ProductView;
import routes.store.ResultRows;

/**
 * A job's products (sql/job-products.sql): each line of JSON Lines is an item of the JSON page;
 * a CSV record flattens it, lists joined by {@value #LIST_SEPARATOR} and variants counted.
 */
@Component
class ProductRows implements ExportedRows<ProductView> {

    static final String LIST_SEPARATOR = "|";

    private final ResultRows rows;

    ProductRows(ResultRows rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    public String query() {
        return "classpath:sql/job-products.sql";
    }

    @Override
    public String countQuery() {
        return "classpath:sql/job-products-count.sql";
    }

    @Override
    public ProductView item(Map<String, Object> row) {
        return rows.product(row);
    }

    @Override
    public List<String> csvColumns() {
        return List.of("url", "sku", "title", "price", "listPrice", "lowPrice", "highPrice", "currency", "availability",
                "brand", "gtin", "mpn", "categories", "images", "variants", "description");
    }

    @Override
    public List<Object> csvRecord(ProductView product) {
        return Arrays.asList(product.url(), product.sku(), product.title(), product.price(), product.listPrice(),
                product.lowPrice(), product.highPrice(), product.currency(), product.availability(), product.brand(),
                product.gtin(), product.mpn(),
                product.categories() == null ? null : String.join(LIST_SEPARATOR,
                        product.categories().stream().map(ProductView.CategoryView::path).toList()),
                product.images() == null ? null : String.join(LIST_SEPARATOR, product.images()),
                product.variants() == null ? 0 : product.variants().size(), product.description());
    }
}
