package io.minutebars.model;

/** What is known about a bar's minute; "no trades" and "not listening" are never confused. */
public enum BarStatus {
    /** Every trade of the minute was seen. */
    COMPLETE,
    /** Listened the whole minute and no trade happened: trades = 0, OHLC null. */
    EMPTY,
    /** Repaired from REST or klines after a gap. */
    FILLED,
    /** Not observed and not yet repaired. */
    GAP,
    /** The exchange has no data to repair the minute with. */
    UNAVAILABLE;

    /** True when the bar holds every trade of its minute (or provably none). */
    public boolean isExact() {
        return this == COMPLETE || this == EMPTY;
    }
}
