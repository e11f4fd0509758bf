package io.minutebars.e2e;

import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import java.util.List;
import java.util.Objects;

/**
 * How a stored bar must relate to the simulator's truth. Streams with a paged history (Binance, BitMEX)
 * must be exact. Bybit keeps only recent trades, so a minute a reconnect could not recover from them
 * is FILLED from klines: prices and volumes exact, trade count and taker split null (never invented).
 * A candle source (Nomics) has no trade count either, and cannot tell a quiet minute (no candle) from
 * a missing one, so those are UNAVAILABLE rather than a claimed EMPTY. The same holds for a Bybit minute only
 * klines could repair (after a restart the recent trades no longer reach): the simulator's Bybit, like its
 * Nomics, gives no candle for a minute without trades, so a quiet one comes out UNAVAILABLE, never EMPTY.
 */
final class TruthCheck {
    /** Sources whose missing minutes are repaired from candles, which do not exist for quiet minutes. */
    private static final java.util.Set<String> KLINE_REPAIRED = java.util.Set.of("nomics", "bybit");

    private TruthCheck() {
    }

    /** Null when {@code stored} is an acceptable record of {@code truth}, else why not. */
    static String mismatch(Bar truth, Bar stored) {
        if (stored.status() == BarStatus.COMPLETE || stored.status() == BarStatus.EMPTY) {
            return truth.sameData(stored) ? null : "differs";
        }
        if (stored.status() == BarStatus.UNAVAILABLE) {
            return truth.status() == BarStatus.EMPTY && KLINE_REPAIRED.contains(stored.exchange()) ? null
                    : "UNAVAILABLE though the minute had trades";
        }
        if (stored.status() != BarStatus.FILLED || truth.status() != BarStatus.COMPLETE) {
            return stored.status() + " for a " + truth.status() + " minute";
        }
        boolean same = eq(truth.open(), stored.open()) && eq(truth.high(), stored.high())
                && eq(truth.low(), stored.low()) && eq(truth.close(), stored.close())
                && eq(truth.volume(), stored.volume())
                && (stored.quoteVolume() == null || eq(truth.quoteVolume(), stored.quoteVolume()));
        boolean nothingInvented = stored.trades() == null && stored.takerBuyVolume() == null
                && stored.takerSellVolume() == null && stored.firstTradeId() == null;
        return same && nothingInvented ? null : "FILLED bar differs from the truth or invents fields";
    }

    static boolean allMatch(List<Bar> truth, List<Bar> stored) {
        if (truth.size() != stored.size()) {
            return false;
        }
        for (int i = 0; i < truth.size(); i++) {
            if (mismatch(truth.get(i), stored.get(i)) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean eq(java.math.BigDecimal a, java.math.BigDecimal b) {
        return Objects.equals(a, b) || a != null && b != null && a.compareTo(b) == 0;
    }
}
