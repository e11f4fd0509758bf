package io.minutebars.simulator.clock;

import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import java.util.List;

/**
 * How one venue lists its markets: each venue's package has one such bean, so the shared simulation builds
 * every venue without knowing any venue's filters or symbol rules.
 */
public interface VenueCatalog {

    ExchangeId exchange();

    /** The configured native symbols, in configuration order. */
    List<String> symbols();

    /** The market of a native symbol; {@code idSalt} makes its GUID trade ids differ per exchange and symbol. */
    ExchangeMarket market(String symbol, long idSalt);
}
