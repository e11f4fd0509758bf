package io.minutebars.simulator.store;

import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.SymbolSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The trades the simulated exchange knows, whatever their source. Every list is in (T, a) order. Callers
 * pass the simulated time as an upper bound: trades after simNow may already be generated but do not
 * exist yet for clients.
 */
public interface TradeStore {

    /** Markets in configuration order. */
    List<SymbolSpec> markets();

    default Optional<SymbolSpec> market(String symbol) {
        return markets().stream().filter(m -> m.symbol().equals(symbol)).findFirst();
    }

    /** Open time of the first minute whose trades are all held; nothing is known before it. */
    long dataStart(String symbol);

    /** Makes every trade with T <= simNow available and applies retention. Idempotent, monotonic. */
    void advanceTo(long simNow);

    /** Trades with a >= fromId and T <= maxTime, at most limit. */
    List<AggTrade> fromId(String symbol, long fromId, long maxTime, int limit);

    /** Trades with startTime <= T <= endTime (both inclusive), the oldest first, at most limit. */
    List<AggTrade> range(String symbol, long startTime, long endTime, int limit);

    /** The most recent trades with T <= endTime, at most limit, in chronological order. */
    List<AggTrade> latest(String symbol, long endTime, int limit);

    /** Price (1e-8 units) of the last trade before {@code time}: the previous close of an empty minute. */
    OptionalLong closeBefore(String symbol, long time);
}
