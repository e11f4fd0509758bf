package io.minutebars.query.stats;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * Whether the bars a value needs are all usable: {@code reason} is null when they are, and then
 * {@code quality} says whether any of them was FILLED.
 */
public record PriceWindow(int bars, String quality, String reason) {

    public boolean usable() {
        return reason == null;
    }

    /** The value (computed only when usable), else no value with the window's reason. */
    public StatValue value(Supplier<BigDecimal> v) {
        return usable() ? StatValue.of(v.get(), bars, quality) : StatValue.none(bars, reason);
    }
}
