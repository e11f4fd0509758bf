package io.minutebars.simulator.market;

import io.minutebars.model.Symbols;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A simulated market: native symbol, assets, exchange filters (tick and lot size, in 1e-8 units) and
 * the synthetic generator's starting price and typical trade size.
 */
public record SymbolSpec(String symbol, String base, String quote, long tickE8, long stepE8,
        long initialPriceE8, long typicalQtyE8) {

    public SymbolSpec {
        if (tickE8 <= 0 || stepE8 <= 0 || initialPriceE8 <= 0 || typicalQtyE8 <= 0) {
            throw new IllegalArgumentException("tick, step, price and quantity must be positive for " + symbol);
        }
    }

    public String canonical() {
        return Symbols.canonical(base, quote);
    }

    /** Lower-case stream name prefix, e.g. {@code btcusdt}. */
    public String streamSymbol() {
        return symbol.toLowerCase(Locale.ROOT);
    }

    public BigDecimal tickSize() {
        return Scaled.toDecimal(tickE8);
    }

    public BigDecimal stepSize() {
        return Scaled.toDecimal(stepE8);
    }
}
