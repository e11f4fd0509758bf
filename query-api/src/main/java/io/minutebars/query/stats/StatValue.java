package io.minutebars.query.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.minutebars.model.PlainDecimalSerializer;
import java.math.BigDecimal;

/**
 * One statistic at one bar: its value, or null with the reason there is none. {@code warmup} is how many
 * bars (the current one included) the value needs; {@code quality} is {@code exact} when every input bar
 * was COMPLETE or EMPTY and {@code filled} when any was repaired from klines (null when there is no value).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatValue(@JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal value, int warmup,
        String quality, String reason) {
    public static final String EXACT = "exact";
    public static final String FILLED = "filled";

    public static StatValue of(BigDecimal value, int warmup, String quality) {
        return new StatValue(value, warmup, quality, null);
    }

    public static StatValue none(int warmup, String reason) {
        return new StatValue(null, warmup, null, reason);
    }

    public boolean present() {
        return value != null;
    }
}
