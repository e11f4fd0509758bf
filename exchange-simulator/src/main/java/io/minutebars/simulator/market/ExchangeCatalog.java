package io.minutebars.simulator.market;

import java.util.Locale;
import java.util.Map;

/**
 * The markets of each exchange: filters from the exchanges' own instrument lists, and the starting price
 * and typical size of the same base asset on Binance, so every exchange starts at the same price level.
 */
public final class ExchangeCatalog {
    /** Bybit filters per category and symbol: tick size, lot size (spot basePrecision, linear qtyStep). */
    private static final Map<String, String[]> BYBIT = Map.of(
            "spot:BTCUSDT", new String[] {"0.01", "0.000001"},
            "spot:ETHUSDT", new String[] {"0.01", "0.00001"},
            "linear:BTCUSDT", new String[] {"0.10", "0.001"},
            "linear:ETHUSDT", new String[] {"0.01", "0.01"});
    /** BitMEX linear contracts are 0.001 of the base asset; inverse ones 1 USD in lots of 100 for XBT. */
    private static final long BITMEX_LINEAR_CONTRACT_E8 = 100_000L;

    private ExchangeCatalog() {
    }

    public static ExchangeMarket market(ExchangeId exchange, String symbol, long seed, String bybitCategory) {
        long salt = Seeds.mix(Seeds.forExchange(seed, exchange) ^ symbol.hashCode());
        return switch (exchange) {
            case BINANCE -> ExchangeMarket.binance(SymbolCatalog.spec(symbol));
            case NOMICS -> new ExchangeMarket(exchange, SymbolCatalog.spec(symbol), Contract.LINEAR,
                    TradeIdStyle.NUMERIC, Scaled.ONE, salt);
            case BYBIT -> bybit(symbol, bybitCategory, salt);
            case BITMEX -> bitmex(symbol, salt);
        };
    }

    private static ExchangeMarket bybit(String symbol, String category, long salt) {
        SymbolSpec binance = SymbolCatalog.spec(symbol);
        String[] filters = BYBIT.get(category + ":" + binance.symbol());
        long tick = filters != null ? Scaled.parse(filters[0]) : binance.tickE8();
        long step = filters != null ? Scaled.parse(filters[1]) : binance.stepE8();
        SymbolSpec spec = new SymbolSpec(binance.symbol(), binance.base(), binance.quote(), tick, step,
                binance.initialPriceE8(), Math.max(step, binance.typicalQtyE8()));
        TradeIdStyle ids = "spot".equals(category) ? TradeIdStyle.BYBIT_SPOT : TradeIdStyle.GUID;
        return new ExchangeMarket(ExchangeId.BYBIT, spec, Contract.LINEAR, ids, Scaled.ONE, salt);
    }

    /** {@code XBTUSD}-style symbols are inverse (USD contracts); {@code ETHUSDT}-style ones linear. */
    private static ExchangeMarket bitmex(String symbol, long salt) {
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
            SymbolSpec spec = new SymbolSpec(s, base, quote, tick, BITMEX_LINEAR_CONTRACT_E8,
                    reference.initialPriceE8(), Math.max(BITMEX_LINEAR_CONTRACT_E8, reference.typicalQtyE8()));
            return new ExchangeMarket(ExchangeId.BITMEX, spec, Contract.LINEAR, TradeIdStyle.GUID,
                    BITMEX_LINEAR_CONTRACT_E8, salt);
        }
        long tick = "BTC".equals(base) ? Scaled.parse("0.5") : reference.tickE8();
        long lot = ("BTC".equals(base) ? 100 : 1) * Scaled.ONE;
        // Typical size in USD contracts: the typical base quantity at the starting price.
        long typicalUsd = Scaled.toDecimal(reference.typicalQtyE8()).multiply(Scaled.toDecimal(
                reference.initialPriceE8())).longValue() * Scaled.ONE;
        SymbolSpec spec = new SymbolSpec(s, base, quote, tick, lot, reference.initialPriceE8(),
                Math.max(lot, typicalUsd));
        return new ExchangeMarket(ExchangeId.BITMEX, spec, Contract.INVERSE, TradeIdStyle.GUID, Scaled.ONE, salt);
    }

    /** BitMEX calls bitcoin XBT; the canonical asset is BTC. */
    public static String bitmexToCanonical(String asset) {
        return "XBT".equals(asset) ? "BTC" : asset;
    }

    public static String canonicalToBitmex(String asset) {
        return "BTC".equals(asset) ? "XBT" : asset;
    }
}
