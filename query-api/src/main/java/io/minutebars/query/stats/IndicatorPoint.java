package io.minutebars.query.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.minutebars.model.PlainDecimalSerializer;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The indicators at one bar: its status ({@code MISSING} when no bar is stored), the price used (the close,
 * or the carried close of an EMPTY bar), RSI, n-period simple return, the rolling standard deviation of log
 * returns and the annualised volatility.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record IndicatorPoint(Instant openTime, String status,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal price,
        StatValue rsi, StatValue simpleReturn, StatValue logReturnStdev, StatValue annualizedVolatility) {
    public static final String MISSING = "MISSING";
}
