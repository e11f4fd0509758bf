package io.minutebars.query.stats;

import io.minutebars.model.Bar;
import java.util.List;

/**
 * The stored bars of one market for a computation across markets, with the open time of its first stored
 * bar ({@code historyStart}): before it the market did not exist yet, which is not missing data.
 */
public record MarketBars(MarketId market, long historyStart, List<Bar> bars) {

    /** The market's history starts at its first bar given here. */
    public static MarketBars of(String exchange, String symbol, List<Bar> bars) {
        long first = bars.stream().mapToLong(b -> b.openTime().toEpochMilli()).min().orElse(Long.MAX_VALUE);
        return new MarketBars(new MarketId(exchange, symbol), first, bars);
    }
}
