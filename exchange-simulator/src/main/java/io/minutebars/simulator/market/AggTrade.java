package io.minutebars.simulator.market;

import java.math.BigDecimal;

/**
 * One Binance aggregate trade: {@code a, p, q, f, l, T, m, M}. Price and quantity are in units of
 * 1e-8 ({@link Scaled}). {@code buyerMaker == true} means the taker sold.
 */
public record AggTrade(long id, long priceE8, long qtyE8, long firstId, long lastId, long time,
        boolean buyerMaker, boolean bestMatch) {

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
