package routes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Maps of text as stored in JSONB columns: a job's CSS selectors, a candidate category. */
@Component
class TextMapJson {

    private static final TypeReference<Map<String, String>> TYPE = new TypeReference<>() { };

    private final ObjectMapper json;

    TextMapJson(ObjectMapper json) {
        this.json = json;
    }

    String write(Map<String, String> map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("map cannot be written as JSON", e);
        }
    }

    Map<String, String> read(String text) {
        try {
            return json.readValue(text, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored map is not JSON", e);
        }
    }
}
