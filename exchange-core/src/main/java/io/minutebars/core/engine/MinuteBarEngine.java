package io.minutebars.core.engine;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Minutes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns trades into 1-minute bars: decimal-exact, exchange time, order by (time, seq), duplicates
 * dropped, minutes closed on a watermark (latest trade time, or the clock for markets whose stream is
 * in sync) past minute end plus grace, EMPTY bars for quiet minutes, {@code revision + 1} when a trade
 * arrives for a closed minute. Not thread-safe: callers serialise access (one engine per stream).
 */
public final class MinuteBarEngine {
    private final String exchange;
    private final long graceMs;
    private final int revisionWindowMinutes;
    private final BarSource source;
    private final Consumer<Bar> sink;
    private final Map<String, MarketBook> books = new HashMap<>();
    private final EngineStats stats = new EngineStats();

    public MinuteBarEngine(String exchange, long graceMs, int revisionWindowMinutes, BarSource source,
            Consumer<Bar> sink) {
        this.exchange = exchange;
        this.graceMs = graceMs;
        this.revisionWindowMinutes = revisionWindowMinutes;
        this.source = source;
        this.sink = sink;
    }

    /** Starts watching a market: every minute from {@code listenFrom} (floored) on will be closed. */
    public void watch(String nativeSymbol, String symbol, long listenFrom) {
        books.putIfAbsent(nativeSymbol, new MarketBook(nativeSymbol, symbol, Minutes.floor(listenFrom)));
    }

    /** Resumes from a checkpoint: the last sequence already turned into a published bar. */
    public void restoreSeq(String nativeSymbol, long lastSeq) {
        MarketBook b = book(nativeSymbol);
        b.lastSeq = lastSeq;
        b.closedSeq = lastSeq;
    }

    /** Where a restart resumes this market: the next minute to close and the last sequence in closed minutes. */
    public Checkpoint checkpoint(String nativeSymbol) {
        MarketBook b = book(nativeSymbol);
        return new Checkpoint(b.nextToClose, b.closedSeq);
    }

    public Collection<String> markets() {
        return books.keySet();
    }

    public void setSynced(String nativeSymbol, boolean synced) {
        book(nativeSymbol).synced = synced;
    }

    public long lastSeq(String nativeSymbol) {
        return book(nativeSymbol).lastSeq;
    }

    public String symbol(String nativeSymbol) {
        return book(nativeSymbol).symbol;
    }

    public long nextToClose(String nativeSymbol) {
        return book(nativeSymbol).nextToClose;
    }

    public EngineStats stats() {
        return stats;
    }

    /** Feeds one trade. Returns false when it was refused (duplicate, invalid, too old, unknown market). */
    public boolean onTrade(Trade t) {
        MarketBook b = books.get(t.market());
        if (b == null || t.isInvalid()) {
            stats.refused++;
            return false;
        }
        if (t.seq() >= 0) {
            if (t.seq() <= b.lastSeq) {
                stats.duplicates++;
                return false;
            }
            b.lastSeq = t.seq();
        }
        long minute = Minutes.floor(t.time());
        if (minute < b.listenFrom) {
            stats.beforeListen++;
            return false;
        }
        if (minute >= b.nextToClose) {
            if (!b.open.computeIfAbsent(minute, m -> new BarAccumulator()).add(t)) {
                stats.duplicates++;
                return false;
            }
            stats.trades++;
            if (t.time() > b.maxTradeTime) {
                b.maxTradeTime = t.time();
                closeUpTo(b, t.time());
            }
            return true;
        }
        return revise(b, minute, t);
    }

    private boolean revise(MarketBook b, long minute, Trade t) {
        MarketBook.Closed c = b.closed.get(minute);
        if (c == null) {
            stats.tooLate++;
            return false;
        }
        if (!c.acc.add(t)) {
            stats.duplicates++;
            return false;
        }
        c.revision++;
        stats.trades++;
        stats.revisions++;
        sink.accept(build(c.acc, b, minute, c.revision));
        return true;
    }

    /** The clock's watermark: closes due minutes of every market whose stream is in sync. */
    public void onClock(long now) {
        for (MarketBook b : books.values()) {
            if (b.synced) {
                closeUpTo(b, now);
            }
        }
    }

    /** Closes every minute before {@code end} of a market (a backfill that has read all trades up to end). */
    public void closeBefore(String nativeSymbol, long end) {
        closeUpTo(book(nativeSymbol), Minutes.floor(end) + graceMs);
    }

    /**
     * Repairs the minutes from the next unclosed one up to {@code end} (exclusive, floored) that trades cannot
     * rebuild: each gets the exchange's kline bar when there is one, else {@code missing} (GAP or UNAVAILABLE).
     * Partial trades of those minutes are discarded; later trades for them are too late.
     */
    public void repair(String nativeSymbol, long end, List<Bar> klines, BarStatus missing) {
        MarketBook b = book(nativeSymbol);
        Map<Long, Bar> byTime = new HashMap<>();
        klines.forEach(k -> byTime.put(k.openTime().toEpochMilli(), k));
        long stop = Minutes.floor(end);
        for (; b.nextToClose < stop; b.nextToClose += Minutes.MINUTE_MS) {
            b.open.remove(b.nextToClose);
            Bar k = byTime.get(b.nextToClose);
            if (k == null) {
                stats.gaps++;
                sink.accept(Bar.gap(exchange, b.symbol, b.nativeSymbol, b.nextToClose, missing, source));
            } else {
                stats.repaired++;
                sink.accept(k);
            }
        }
    }

    private void closeUpTo(MarketBook b, long watermark) {
        while (b.nextToClose + Minutes.MINUTE_MS + graceMs <= watermark) {
            long minute = b.nextToClose;
            BarAccumulator acc = Objects.requireNonNullElseGet(b.open.remove(minute), BarAccumulator::new);
            b.closed.put(minute, new MarketBook.Closed(acc));
            b.closedSeq = Math.max(b.closedSeq, acc.maxSeq());
            b.nextToClose = minute + Minutes.MINUTE_MS;
            stats.closed++;
            sink.accept(build(acc, b, minute, 0));
        }
        long keepFrom = b.nextToClose - (long) revisionWindowMinutes * Minutes.MINUTE_MS;
        b.closed.headMap(keepFrom).clear();
    }

    /** The minute's bar, counted as a gap when it cannot be represented (see {@link BarAccumulator#toBar}). */
    private Bar build(BarAccumulator acc, MarketBook b, long minute, int revision) {
        Bar bar = acc.toBar(exchange, b.symbol, b.nativeSymbol, minute, revision, source);
        stats.gaps += bar.status() == BarStatus.GAP ? 1 : 0;
        return bar;
    }

    private MarketBook book(String nativeSymbol) {
        MarketBook b = books.get(nativeSymbol);
        if (b == null) {
            throw new IllegalArgumentException("not watching " + nativeSymbol);
        }
        return b;
    }
}
