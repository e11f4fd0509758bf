package io.minutebars.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The wire form of canonical events: ISO-8601 instants, decimals as plain strings, unknown fields
 * ignored (a newer producer must not break an older consumer), decimals within {@link Decimals}' bounds. Bar
 * messages carry a JSON array of bars.
 */
public final class Json {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper());
    private static final TypeReference<List<Bar>> BAR_LIST = new TypeReference<>() {
    };

    private Json() {
    }

    /** Applies the wire settings to a mapper (services pass their Quarkus mapper through here too). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule()).registerModule(boundedDecimals())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** Every BigDecimal read through a mapper with this module is checked against {@link Decimals}' bounds. */
    public static SimpleModule boundedDecimals() {
        return new SimpleModule("bounded-decimals").addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] writeBars(List<Bar> bars) {
        try {
            return MAPPER.writeValueAsBytes(bars);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise bars", e);
        }
    }

    /** Reads a bar message: a JSON array of bars, or a single bar object. */
    public static List<Bar> readBars(byte[] body) {
        try {
            var node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("empty bar message");
            }
            if (node.isArray()) {
                return MAPPER.convertValue(node, BAR_LIST);
            }
            return List.of(MAPPER.treeToValue(node, Bar.class));
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed bar message: " + e.getMessage(), e);
        }
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(byte[] body, Class<T> type) {
        try {
            return MAPPER.readValue(body, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("malformed " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
