package io.minutebars.simulator.binance;

import io.minutebars.simulator.clock.VenueCatalog;
import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.market.SymbolCatalog;
import jakarta.inject.Singleton;

/** Binance's markets: the symbol catalog's own filters, numeric trade ids (no salt needed). */
@Singleton
public class BinanceCatalog extends VenueCatalog {

    public BinanceCatalog(SimulatorConfig config) {
        super(ExchangeId.BINANCE, config.symbols());
    }

    @Override
    public ExchangeMarket market(String symbol, long idSalt) {
        return ExchangeMarket.binance(SymbolCatalog.spec(symbol));
    }
}
