package io.minutebars.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a JSON decimal (number or string) through {@link Decimals#parseBounded}: every mapper configured by
 * {@link Json#configure} refuses {@code "1e999999999"} at the boundary instead of handing it to arithmetic.
 */
final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {
    BoundedDecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        try {
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                // the parser caps a number's length (StreamReadConstraints), not its exponent
                return Decimals.bounded(p.getDecimalValue());
            }
            if (t == JsonToken.VALUE_STRING) {
                String text = p.getText().trim();
                return text.isEmpty() ? null : Decimals.parseBounded(text);
            }
        } catch (IllegalArgumentException e) {
            // the message names the bound, never the value
            throw new InvalidFormatException(p, e.getMessage(), null, BigDecimal.class);
        }
        return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
    }
}
