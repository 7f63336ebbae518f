package routes.structured;

import java.util.List;

/** Every schema.org item of a page (JSON-LD first, then microdata, then RDFa) and what could not be read. */
public record StructuredData(List<StructuredItem> items, List<StructuredProblem> problems) {

    public StructuredData {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }
}
