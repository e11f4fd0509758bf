package io.minutebars.simulator.binance;

import io.minutebars.simulator.clock.VenueCatalog;
import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.market.SymbolCatalog;
import jakarta.inject.Singleton;
import java.util.List;

/** Binance's markets: the symbol catalog's own filters, numeric trade ids (no salt needed). */
@Singleton
public class BinanceCatalog implements VenueCatalog {
    private final List<String> symbols;

    public BinanceCatalog(SimulatorConfig config) {
        this.symbols = config.symbols();
    }

    @Override
    public ExchangeId exchange() {
        return ExchangeId.BINANCE;
    }

    @Override
    public List<String> symbols() {
        return symbols;
    }

    @Override
    public ExchangeMarket market(String symbol, long idSalt) {
        return ExchangeMarket.binance(SymbolCatalog.spec(symbol));
    }
}
