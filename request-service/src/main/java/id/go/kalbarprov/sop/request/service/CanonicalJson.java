package id.go.kalbarprov.sop.request.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;

/**
 * The one text form of a document that is hashed, signed and archived: JSON with keys sorted, no whitespace,
 * decimals as exact strings. The same content always gives the same bytes, so the same hash.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .build();

    private CanonicalJson() {
    }

    public static String write(Object content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Draft content is plain maps, lists and strings", e);
        }
    }

    public static Object read(String canonical) {
        try {
            return MAPPER.readValue(canonical, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored content is canonical JSON", e);
        }
    }
}
