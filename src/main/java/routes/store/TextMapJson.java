package routes.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A job's CSS selectors as stored in its JSONB column. */
@Component
class SelectorsJson {

    private static final TypeReference<Map<String, String>> TYPE = new TypeReference<>() { };

    private final ObjectMapper json;

    SelectorsJson(ObjectMapper json) {
        this.json = json;
    }

    String write(Map<String, String> selectors) {
        try {
            return json.writeValueAsString(selectors);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("selectors cannot be written as JSON", e);
        }
    }

    Map<String, String> read(String text) {
        try {
            return json.readValue(text, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored selectors are not JSON", e);
        }
    }
}
