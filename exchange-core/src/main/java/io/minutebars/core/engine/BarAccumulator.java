package io.minutebars.core.engine;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import io.minutebars.model.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The running totals of one minute. Trades may come in any order: open/close follow (time, seq). */
final class BarAccumulator {
    private BigDecimal open;
    private BigDecimal high;
    private BigDecimal low;
    private BigDecimal close;
    private BigDecimal volume = BigDecimal.ZERO;
    private BigDecimal quote = BigDecimal.ZERO;
    private BigDecimal buyVolume = BigDecimal.ZERO;
    private BigDecimal buyQuote = BigDecimal.ZERO;
    private BigDecimal sellVolume = BigDecimal.ZERO;
    private BigDecimal sellQuote = BigDecimal.ZERO;
    private long trades;
    private long firstTime = Long.MAX_VALUE;
    private long firstSeq;
    private long lastTime = Long.MIN_VALUE;
    private long lastSeq;
    private Trade firstTrade;
    private Trade lastTrade;
    /** Ids seen, only for exchanges whose ids carry no order (seq = -1). */
    private Set<String> ids;
    private long maxSeq = -1;

    /** Adds a trade; false when an unordered id was already seen in this minute. */
    boolean add(Trade t) {
        if (t.seq() < 0) {
            if (ids == null) {
                ids = new HashSet<>();
            }
            if (!ids.add(t.idText())) {
                return false;
            }
        }
        maxSeq = Math.max(maxSeq, t.seq());
        BigDecimal p = t.price();
        BigDecimal q = t.qty();
        BigDecimal pq = t.quote();
        if (before(t.time(), t.seq(), firstTime, firstSeq)) {
            firstTime = t.time();
            firstSeq = t.seq();
            firstTrade = t;
            open = p;
        }
        if (!before(t.time(), t.seq(), lastTime, lastSeq)) {
            lastTime = t.time();
            lastSeq = t.seq();
            lastTrade = t;
            close = p;
        }
        high = high == null || p.compareTo(high) > 0 ? p : high;
        low = low == null || p.compareTo(low) < 0 ? p : low;
        volume = volume.add(q);
        quote = quote.add(pq);
        if (t.takerSell()) {
            sellVolume = sellVolume.add(q);
            sellQuote = sellQuote.add(pq);
        } else {
            buyVolume = buyVolume.add(q);
            buyQuote = buyQuote.add(pq);
        }
        trades += t.count();
        return true;
    }

    private static boolean before(long time, long seq, long otherTime, long otherSeq) {
        return time < otherTime || (time == otherTime && seq >= 0 && seq < otherSeq);
    }

    /** Highest sequence added (-1 when none or unordered). */
    long maxSeq() {
        return maxSeq;
    }

    /**
     * The minute's bar; a GAP when its trades, each valid alone, add up to a value beyond the decimal bounds
     * (say 1e37 and 1e-36): the minute cannot be represented, and saying so beats losing it silently.
     */
    Bar toBar(String exchange, String symbol, String nativeSymbol, long openTime, int revision, BarSource source) {
        if (trades == 0) {
            return Bar.empty(exchange, symbol, nativeSymbol, openTime, source).withRevision(revision);
        }
        try {
            return new Bar(exchange, symbol, nativeSymbol, Interval.M1.code(), Instant.ofEpochMilli(openTime), null,
                    open, high, low, close, volume, quote, trades, Decimals.vwap(quote, volume), buyVolume, buyQuote,
                    sellVolume, sellQuote, firstTrade.idText(), lastTrade.idText(), BarStatus.COMPLETE, revision, source);
        } catch (IllegalArgumentException e) {
            return Bar.gap(exchange, symbol, nativeSymbol, openTime, BarStatus.GAP, source).withRevision(revision);
        }
    }
}
