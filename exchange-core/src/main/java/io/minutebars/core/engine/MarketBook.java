package io.minutebars.core.engine;

import java.util.TreeMap;

/** The engine's state for one watched market. */
final class MarketBook {
    final String nativeSymbol;
    final String symbol;
    /** First minute this engine vouches for; earlier trades are not its business. */
    final long listenFrom;
    /** Open time of the next minute to close. */
    long nextToClose;
    long lastSeq = -1;
    /** Highest sequence inside a closed minute: where a restart resumes from. */
    long closedSeq = -1;
    long maxTradeTime = Long.MIN_VALUE;
    /** True while every trade reaches the engine (stream live and resumed): the clock may then close quiet minutes. */
    boolean synced;
    final TreeMap<Long, BarAccumulator> open = new TreeMap<>();
    /** Recently closed minutes kept for revisions; GAP minutes are absent. */
    final TreeMap<Long, Closed> closed = new TreeMap<>();

    MarketBook(String nativeSymbol, String symbol, long listenFrom) {
        this.nativeSymbol = nativeSymbol;
        this.symbol = symbol;
        this.listenFrom = listenFrom;
        this.nextToClose = listenFrom;
    }

    static final class Closed {
        final BarAccumulator acc;
        int revision;

        Closed(BarAccumulator acc) {
            this.acc = acc;
        }
    }
}
