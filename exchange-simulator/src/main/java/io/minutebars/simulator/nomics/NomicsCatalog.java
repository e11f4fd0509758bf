package io.minutebars.simulator.nomics;

import io.minutebars.simulator.clock.VenueCatalog;
import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.market.Contract;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.market.Scaled;
import io.minutebars.simulator.market.SymbolCatalog;
import io.minutebars.simulator.market.TradeIdStyle;
import jakarta.inject.Singleton;

/** Nomics' markets: the raw source exchange's markets as Nomics relays them, Binance's filters. */
@Singleton
public class NomicsCatalog extends VenueCatalog {

    public NomicsCatalog(SimulatorConfig config) {
        super(ExchangeId.NOMICS, config.nomics().symbols());
    }

    @Override
    public ExchangeMarket market(String symbol, long idSalt) {
        return new ExchangeMarket(ExchangeId.NOMICS, SymbolCatalog.spec(symbol), Contract.LINEAR,
                TradeIdStyle.NUMERIC, Scaled.ONE, idSalt);
    }
}
