package io.minutebars.simulator.bitmex;

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
import java.util.Locale;

/**
 * BitMEX's perpetual swaps: filters from BitMEX's instrument list, the starting price and typical size of
 * the same base asset on Binance, so every exchange starts at the same price level.
 */
@Singleton
public class BitmexCatalog extends VenueCatalog {
    /** BitMEX linear contracts are 0.001 of the base asset; inverse ones 1 USD in lots of 100 for XBT. */
    private static final long LINEAR_CONTRACT_E8 = 100_000L;

    public BitmexCatalog(SimulatorConfig config) {
        super(ExchangeId.BITMEX, config.bitmex().symbols());
    }

    /** {@code XBTUSD}-style symbols are inverse (USD contracts); {@code ETHUSDT}-style ones linear. */
    @Override
    public ExchangeMarket market(String symbol, long idSalt) {
        String s = symbol.trim().toUpperCase(Locale.ROOT);
        boolean linear = s.endsWith("USDT");
        if (!linear && !s.endsWith("USD")) {
            throw new IllegalArgumentException("BitMEX symbols end in USD (inverse) or USDT (linear): '" + symbol + "'");
        }
        String quote = linear ? "USDT" : "USD";
        String root = s.substring(0, s.length() - quote.length());
        String base = bitmexToCanonical(root);
        SymbolSpec reference = SymbolCatalog.spec(base + "USDT");
        if (linear) {
            long tick = "ETH".equals(base) ? Scaled.parse("0.05") : reference.tickE8();
            SymbolSpec spec = new SymbolSpec(s, base, quote, tick, LINEAR_CONTRACT_E8,
                    reference.initialPriceE8(), Math.max(LINEAR_CONTRACT_E8, reference.typicalQtyE8()));
            return new ExchangeMarket(ExchangeId.BITMEX, spec, Contract.LINEAR, TradeIdStyle.GUID,
                    LINEAR_CONTRACT_E8, idSalt);
        }
        long tick = "BTC".equals(base) ? Scaled.parse("0.5") : reference.tickE8();
        long lot = ("BTC".equals(base) ? 100 : 1) * Scaled.ONE;
        // Typical size in USD contracts: the typical base quantity at the starting price.
        long typicalUsd = Scaled.toDecimal(reference.typicalQtyE8()).multiply(Scaled.toDecimal(
                reference.initialPriceE8())).longValue() * Scaled.ONE;
        SymbolSpec spec = new SymbolSpec(s, base, quote, tick, lot, reference.initialPriceE8(),
                Math.max(lot, typicalUsd));
        return new ExchangeMarket(ExchangeId.BITMEX, spec, Contract.INVERSE, TradeIdStyle.GUID, Scaled.ONE, idSalt);
    }

    /** BitMEX calls bitcoin XBT; the canonical asset is BTC. */
    static String bitmexToCanonical(String asset) {
        return "XBT".equals(asset) ? "BTC" : asset;
    }

    static String canonicalToBitmex(String asset) {
        return "BTC".equals(asset) ? "XBT" : asset;
    }
}
