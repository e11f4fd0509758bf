package io.minutebars.simulator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Minutes;
import io.minutebars.simulator.engine.SyntheticParams;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.SymbolCatalog;
import io.minutebars.simulator.market.SymbolSpec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SyntheticTradeStoreTest {
    private static final long ORIGIN = 1_709_283_600_000L; // 2024-03-01T09:00:00Z
    private static final long HOUR = 3_600_000L;
    private static final List<SymbolSpec> MARKETS = Stream.of("BTCUSDT", "ETHUSDT").map(SymbolCatalog::spec).toList();

    private static SyntheticTradeStore store(long retention) {
        return new SyntheticTradeStore(MARKETS, SyntheticParams.defaults(42), ORIGIN, retention);
    }

    @Test
    void sameTradesWhateverTheWallTimingOfTheAdvances() {
        SyntheticTradeStore oneJump = store(24 * HOUR);
        oneJump.advanceTo(ORIGIN + 3 * HOUR);
        SyntheticTradeStore manySteps = store(24 * HOUR);
        for (long t = ORIGIN; t <= ORIGIN + 3 * HOUR; t += 7_919) {
            manySteps.advanceTo(t);
        }
        manySteps.advanceTo(ORIGIN + 3 * HOUR);
        for (SymbolSpec m : MARKETS) {
            assertEquals(oneJump.range(m.symbol(), 0, Long.MAX_VALUE, Integer.MAX_VALUE),
                    manySteps.range(m.symbol(), 0, Long.MAX_VALUE, Integer.MAX_VALUE));
        }
    }

    @Test
    void queriesFollowIdsAndInclusiveTimes() {
        SyntheticTradeStore s = store(24 * HOUR);
        s.advanceTo(ORIGIN + HOUR);
        List<AggTrade> all = s.range("BTCUSDT", 0, Long.MAX_VALUE, Integer.MAX_VALUE);
        AggTrade mid = all.get(all.size() / 2);
        assertEquals(mid, s.fromId("BTCUSDT", mid.id(), Long.MAX_VALUE, 1).get(0));
        List<AggTrade> fromTime = s.range("BTCUSDT", mid.time(), mid.time(), 1000);
        assertTrue(fromTime.contains(mid) && fromTime.stream().allMatch(t -> t.time() == mid.time()));
        List<AggTrade> latest = s.latest("BTCUSDT", mid.time(), 3);
        assertEquals(3, latest.size());
        assertEquals(mid.time(), latest.get(2).time());
        assertTrue(latest.get(0).id() < latest.get(2).id(), "chronological");
        // fromId never returns a trade after the time bound.
        assertTrue(s.fromId("BTCUSDT", 0, mid.time(), 100_000).stream().allMatch(t -> t.time() <= mid.time()));
    }

    @Test
    void generatesLazilyOnlyUpToTheCurrentMinute() {
        SyntheticTradeStore s = store(24 * HOUR);
        s.advanceTo(ORIGIN + 10 * Minutes.MINUTE_MS + 5_000);
        List<AggTrade> all = s.range("ETHUSDT", 0, Long.MAX_VALUE, Integer.MAX_VALUE);
        assertTrue(all.get(all.size() - 1).time() < ORIGIN + 11 * Minutes.MINUTE_MS);
    }

    @Test
    void retentionDropsOldTradesButKeepsThePreviousClose() {
        SyntheticTradeStore s = store(HOUR);
        s.advanceTo(ORIGIN + 5 * HOUR);
        long cutoff = ORIGIN + 4 * HOUR;
        assertEquals(cutoff, s.dataStart("BTCUSDT"));
        List<AggTrade> kept = s.range("BTCUSDT", 0, Long.MAX_VALUE, Integer.MAX_VALUE);
        assertTrue(kept.get(0).time() >= cutoff);
        assertTrue(s.closeBefore("BTCUSDT", cutoff).isPresent(), "close of the last dropped trade");
        // the same trades as a store that never dropped anything
        SyntheticTradeStore full = store(24 * HOUR);
        full.advanceTo(ORIGIN + 5 * HOUR);
        assertEquals(full.range("BTCUSDT", cutoff, Long.MAX_VALUE, Integer.MAX_VALUE), kept);
        assertEquals(full.closeBefore("BTCUSDT", cutoff), s.closeBefore("BTCUSDT", cutoff));
    }
}
