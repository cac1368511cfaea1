package id.go.kalbarprov.sop.platform.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.Optional;

/**
 * The one text form of a document that is hashed, signed and archived: JSON with keys sorted, no whitespace,
 * decimals as exact plain numbers. The same content always gives the same bytes, so the same hash.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .build();

    private CanonicalJson() {
    }

    /** The canonical text; {@link IllegalArgumentException} for content it cannot represent (a number like 1e-99999). */
    public static String write(Object content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Content has no canonical form: " + e.getOriginalMessage(), e);
        }
    }

    /** Stored content, which was checked to be a JSON object when it arrived. */
    public static Object read(String canonical) {
        return readObject(canonical).orElseThrow(() -> new IllegalStateException("Stored content is a JSON object"));
    }

    /** The text as a JSON object, or empty when it is not one. */
    public static Optional<Map<String, Object>> readObject(String text) {
        try {
            Object value = MAPPER.readValue(text, Object.class);
            if (value instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                return Optional.of(object);
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
