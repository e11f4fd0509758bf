package io.minutebars.simulator.clock;

import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import java.util.List;

/**
 * How one venue lists its markets: each venue's package has one such bean, so the shared simulation builds
 * every venue without knowing any venue's filters or symbol rules.
 */
public abstract class VenueCatalog {
    private final ExchangeId exchange;
    private final List<String> symbols;

    protected VenueCatalog(ExchangeId exchange, List<String> symbols) {
        this.exchange = exchange;
        this.symbols = symbols;
    }

    public ExchangeId exchange() {
        return exchange;
    }

    /** The configured native symbols, in configuration order. */
    public List<String> symbols() {
        return symbols;
    }

    /** The market of a native symbol; {@code idSalt} makes its GUID trade ids differ per exchange and symbol. */
    public abstract ExchangeMarket market(String symbol, long idSalt);
}
