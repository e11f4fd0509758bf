package io.minutebars.simulator.binance;

import io.minutebars.simulator.engine.SyntheticParams;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.SymbolCatalog;
import io.minutebars.simulator.store.SyntheticTradeStore;
import java.util.List;
import java.util.stream.Stream;

/**
 * The history the test profile must serve (seed 42, start 2024-03-01T12:00:00Z, 2 h of history),
 * generated here independently of the running service and of any wall timing.
 */
final class SyntheticHistory {
    static final long START = 1_709_294_400_000L; // 2024-03-01T12:00:00Z
    static final long ORIGIN = START - 2 * 3_600_000L;
    private static final SyntheticTradeStore STORE = build();

    private SyntheticHistory() {
    }

    private static SyntheticTradeStore build() {
        SyntheticTradeStore s = new SyntheticTradeStore(
                Stream.of("BTCUSDT", "ETHUSDT", "BNBBTC").map(SymbolCatalog::spec).toList(),
                SyntheticParams.defaults(42), ORIGIN, 24 * 3_600_000L);
        s.advanceTo(START);
        return s;
    }

    /** Trades with from <= T <= to (both before START). */
    static List<AggTrade> trades(String symbol, long from, long to) {
        return STORE.range(symbol, from, to, Integer.MAX_VALUE);
    }
}
