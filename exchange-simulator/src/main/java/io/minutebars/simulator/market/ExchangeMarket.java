package io.minutebars.simulator.market;

import java.math.BigDecimal;

/**
 * A market as one exchange lists it: the generator's spec (assets are canonical, so BitMEX XBT is BTC),
 * how sizes map to volumes, how trade ids are written, and the base amount of one contract
 * ({@code contractE8}, BitMEX sizes; 1e8 when a size is the quantity itself).
 */
public record ExchangeMarket(ExchangeId exchange, SymbolSpec spec, Contract contract, TradeIdStyle ids,
        long contractE8, long idSalt) {

    public static ExchangeMarket binance(SymbolSpec spec) {
        return new ExchangeMarket(ExchangeId.BINANCE, spec, Contract.LINEAR, TradeIdStyle.NUMERIC, Scaled.ONE, 0);
    }

    public String symbol() {
        return spec.symbol();
    }

    public String canonical() {
        return spec.canonical();
    }

    public String tradeId(AggTrade t) {
        return ids.format(t.id(), idSalt);
    }

    /** Base volume of a trade (BitMEX homeNotional). */
    public BigDecimal home(AggTrade t) {
        return contract.home(t);
    }

    /** Quote volume of a trade (BitMEX foreignNotional). */
    public BigDecimal foreign(AggTrade t) {
        return contract.foreign(t);
    }

    /** Size in whole contracts (BitMEX {@code size}). */
    public long contracts(AggTrade t) {
        return t.qtyE8() / contractE8;
    }

    /** A price with the decimals of the tick size, e.g. {@code "60001.50"}. */
    public String price(long priceE8) {
        return withScaleOf(priceE8, spec.tickE8());
    }

    /** A quantity with the decimals of the lot size. */
    public String qty(long qtyE8) {
        return withScaleOf(qtyE8, spec.stepE8());
    }

    private static String withScaleOf(long valueE8, long unitE8) {
        // A replayed dataset may be finer than the simulated filters: never round a value away.
        BigDecimal v = Scaled.toDecimal(valueE8);
        int scale = Math.max(Scaled.toDecimal(unitE8).stripTrailingZeros().scale(), v.stripTrailingZeros().scale());
        return v.setScale(Math.max(0, scale)).toPlainString();
    }
}
