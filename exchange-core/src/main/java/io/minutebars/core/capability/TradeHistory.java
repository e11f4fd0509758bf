package io.minutebars.core.capability;

import io.minutebars.core.engine.Trade;
import java.util.List;

/**
 * How far back an exchange's REST trade history reaches, which decides how a resume catches up and whether a
 * backfill can rebuild exact bars: paged (by sequence, or by time) or recent trades only. An exchange has one kind;
 * a source without trade history has none.
 */
public sealed interface TradeHistory permits TradeHistory.Paged, TradeHistory.RecentOnly {

    /** REST weight of one trade-history request, for the rate-limit budget. */
    default int pageWeight() {
        return 1;
    }

    /** A history that can be paged forward from any time: a resume reads it from where the market stands. */
    sealed interface Paged extends TradeHistory permits BySequence, ByTime {
        /** Trades with {@code startTime <= time}, oldest first, at most {@code limit}. */
        List<Trade> tradesFromTime(String nativeSymbol, long startTime, int limit);
    }

    /**
     * Paged by the exchange's ordered trade sequence (Binance aggregate ids, a Nomics id cursor): gap-free under
     * equal timestamps. The first page of a range is read by time.
     */
    non-sealed interface BySequence extends Paged {
        /** Trades with {@code seq >= fromSeq}, oldest first, at most {@code limit}. */
        List<Trade> tradesFromSeq(String nativeSymbol, long fromSeq, int limit);

        /** True when consecutive trades have consecutive sequences (Binance): holes and the start are provable. */
        boolean contiguous();
    }

    /** Paged by time, ids without order (BitMEX GUIDs): the overlap of pages is dropped by id. */
    non-sealed interface ByTime extends Paged {
    }

    /** Only the most recent trades (Bybit): older minutes are repaired from klines. */
    non-sealed interface RecentOnly extends TradeHistory {
        /** The most recent trades (at most {@code limit}), oldest first. */
        List<Trade> recentTrades(String nativeSymbol, int limit);
    }
}
