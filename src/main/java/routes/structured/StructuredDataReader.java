package routes.structured;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * A page's schema.org structured data (JSON-LD, microdata, RDFa Lite) as items of one shape, so one downstream reader
 * handles all three. Bounded for hostile pages and never throws: what cannot be read becomes a {@link StructuredProblem}.
 */
public final class StructuredDataReader {

    private final JsonLdReader jsonLd;
    private final MicrodataReader microdata = new MicrodataReader();
    private final RdfaReader rdfa = new RdfaReader();

    /** @param json the application's mapper; it is copied, not changed */
    public StructuredDataReader(ObjectMapper json) {
        this.jsonLd = new JsonLdReader(json);
    }

    /** All three sources: JSON-LD items first, then microdata, then RDFa. */
    public StructuredData read(Document page) {
        List<StructuredItem> items = new ArrayList<>();
        List<StructuredProblem> problems = new ArrayList<>();
        if (page == null) {
            return new StructuredData(items, problems);
        }
        read(JsonLdReader.SOURCE, () -> jsonLd.read(page, problems), items, problems);
        read(MicrodataReader.SOURCE, () -> microdata.read(page, problems), items, problems);
        read(RdfaReader.SOURCE, () -> rdfa.read(page, problems), items, problems);
        return new StructuredData(items, problems);
    }

    private static void read(String source, Source reader, List<StructuredItem> items, List<StructuredProblem> problems) {
        try {
            items.addAll(reader.items());
        } catch (RuntimeException | StackOverflowError failure) {
            problems.add(new StructuredProblem(source, source + ": reading failed ("
                    + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ")"));
        }
    }

    @FunctionalInterface
    private interface Source {
        List<StructuredItem> items();
    }
}
