package io.minutebars.simulator.market;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One Binance aggregate trade: {@code a, p, q, f, l, T, m, M}, or one trade of another exchange (then
 * {@code f = l = a}). Price and quantity are in units of 1e-8 ({@link Scaled}). {@code buyerMaker == true}
 * means the taker sold. The tick direction is set by the trade log from the previous trade.
 */
public record AggTrade(long id, long priceE8, long qtyE8, long firstId, long lastId, long time,
        boolean buyerMaker, boolean bestMatch, TickDirection tick) {

    public AggTrade(long id, long priceE8, long qtyE8, long firstId, long lastId, long time, boolean buyerMaker,
            boolean bestMatch) {
        this(id, priceE8, qtyE8, firstId, lastId, time, buyerMaker, bestMatch, TickDirection.ZERO_PLUS);
    }

    /** Equality ignores the tick direction: it is derived from the previous trade, not part of this one. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AggTrade t && id == t.id && priceE8 == t.priceE8 && qtyE8 == t.qtyE8
                && firstId == t.firstId && lastId == t.lastId && time == t.time && buyerMaker == t.buyerMaker
                && bestMatch == t.bestMatch;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, priceE8, qtyE8, firstId, lastId, time, buyerMaker, bestMatch);
    }

    /** The same trade as a single trade of a non-aggregating exchange. */
    public AggTrade single() {
        return new AggTrade(id, priceE8, qtyE8, id, id, time, buyerMaker, bestMatch, tick);
    }

    /** Taker side as BitMEX and Bybit write it. */
    public String takerSide() {
        return buyerMaker ? "Sell" : "Buy";
    }

    public BigDecimal price() {
        return Scaled.toDecimal(priceE8);
    }

    public BigDecimal qty() {
        return Scaled.toDecimal(qtyE8);
    }

    /** Raw trades covered, as Binance's klines count them. */
    public long rawCount() {
        return lastId - firstId + 1;
    }

    /** Binance's 2022 audit marks duplicated records with p = 0, q = 0, f = l = -1; consumers skip them. */
    public boolean isInvalidMarker() {
        return firstId == -1 && lastId == -1 && priceE8 == 0 && qtyE8 == 0;
    }
}
