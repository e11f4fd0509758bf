package io.minutebars.simulator.bybit;

import io.minutebars.simulator.clock.VenueCatalog;
import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.market.Contract;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.market.Scaled;
import io.minutebars.simulator.market.SymbolCatalog;
import io.minutebars.simulator.market.SymbolSpec;
import io.minutebars.simulator.market.TradeIdStyle;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Bybit's markets in the configured category: filters from Bybit's own instrument lists, the starting price
 * and typical size of the same market on Binance, so every exchange starts at the same price level.
 */
@Singleton
public class BybitCatalog extends VenueCatalog {
    /** Bybit filters per category and symbol: tick size, lot size (spot basePrecision, linear qtyStep). */
    private static final Map<String, String[]> FILTERS = Map.of(
            "spot:BTCUSDT", new String[] {"0.01", "0.000001"},
            "spot:ETHUSDT", new String[] {"0.01", "0.00001"},
            "linear:BTCUSDT", new String[] {"0.10", "0.001"},
            "linear:ETHUSDT", new String[] {"0.01", "0.01"});
    private final String category;

    public BybitCatalog(SimulatorConfig config) {
        super(ExchangeId.BYBIT, config.bybit().symbols());
        this.category = config.bybit().category();
        // checked at startup: a wrong category would otherwise list nothing anywhere
        if (!category.equals("spot") && !category.equals("linear")) {
            throw new IllegalArgumentException("simulator.bybit.category must be spot or linear, was " + category);
        }
    }

    @Override
    public ExchangeMarket market(String symbol, long idSalt) {
        SymbolSpec binance = SymbolCatalog.spec(symbol);
        String[] filters = FILTERS.get(category + ":" + binance.symbol());
        long tick = filters != null ? Scaled.parse(filters[0]) : binance.tickE8();
        long step = filters != null ? Scaled.parse(filters[1]) : binance.stepE8();
        SymbolSpec spec = new SymbolSpec(binance.symbol(), binance.base(), binance.quote(), tick, step,
                binance.initialPriceE8(), Math.max(step, binance.typicalQtyE8()));
        TradeIdStyle ids = "spot".equals(category) ? TradeIdStyle.BYBIT_SPOT : TradeIdStyle.GUID;
        return new ExchangeMarket(ExchangeId.BYBIT, spec, Contract.LINEAR, ids, Scaled.ONE, idSalt);
    }
}
