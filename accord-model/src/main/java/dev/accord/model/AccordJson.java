package dev.accord.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Accord's JSON form. Fields appear in record-component order and maps by key, so the same facts
 * always give the same bytes.
 */
public final class AccordJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // Readers ignore fields they do not know: accord/1 grows by adding fields (docs/json.md).
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AccordJson() {
    }

    /** The shared mapper; configured once, safe to use from many threads. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON, for JSON Lines output and storage. */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The same JSON as {@link #compact}, in UTF-8: what an HTTP answer sends, with no String made on the way. */
    public static byte[] compactUtf8(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Indented JSON for people. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads facts written by {@link #compact} or {@link #pretty}; throws naming what was wrong. */
    public static ArticleFacts readFacts(String json) {
        try {
            return MAPPER.readValue(json, ArticleFacts.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not Accord facts JSON: " + e.getOriginalMessage(), e);
        }
    }
}
