package io.minutebars.model;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A market as an exchange lists it: canonical symbol with the exchange's native symbol kept alongside.
 * {@code status} is the exchange's own word, {@code trading} says whether trades can happen.
 */
public record Instrument(
        String exchange,
        String symbol,
        String nativeSymbol,
        String base,
        String quote,
        String type,
        String status,
        boolean trading,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal tickSize,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal lotSize,
        Instant seenAt) {

    public Instrument {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(nativeSymbol, "nativeSymbol");
        tickSize = Decimals.normalize(tickSize);
        lotSize = Decimals.normalize(lotSize);
    }
}
