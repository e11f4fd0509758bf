package io.minutebars.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Minutes;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.SymbolCatalog;
import io.minutebars.simulator.market.SymbolSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticMarketTest {
    private static final long ORIGIN = 1_709_290_800_000L; // 2024-03-01T11:00:00Z
    private static final int MINUTES = 1440;

    private static List<List<AggTrade>> run(String symbol, long seed, int minutes) {
        SyntheticMarket market = new SyntheticMarket(SymbolCatalog.spec(symbol), SyntheticParams.defaults(seed));
        List<List<AggTrade>> out = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            out.add(market.nextMinute(ORIGIN + i * Minutes.MINUTE_MS));
        }
        return out;
    }

    @Test
    void sameSeedGivesSameTradesAndOtherSeedsDiffer() {
        assertEquals(run("BTCUSDT", 42, 120), run("BTCUSDT", 42, 120));
        assertNotEquals(run("BTCUSDT", 42, 120), run("BTCUSDT", 43, 120));
        assertNotEquals(run("BTCUSDT", 42, 120).get(5), run("ETHUSDT", 42, 120).get(5));
    }

    @Test
    void flowHasQuietMinutesBurstsSameMillisecondTradesAndAggregates() {
        List<List<AggTrade>> minutes = run("BTCUSDT", 42, MINUTES);
        long quiet = minutes.stream().filter(List::isEmpty).count();
        assertTrue(quiet > MINUTES * 0.05 && quiet < MINUTES * 0.15, "quiet minutes: " + quiet);
        assertTrue(minutes.stream().anyMatch(m -> m.size() >= 180), "a burst minute of 3x the average rate");
        long total = minutes.stream().mapToLong(List::size).sum();
        assertTrue(total > MINUTES * 50 && total < MINUTES * 70, "average rate about 60/min: " + total);
        List<AggTrade> all = minutes.stream().flatMap(List::stream).toList();
        assertTrue(all.stream().anyMatch(t -> t.rawCount() > 1), "aggregates of several raw trades");
        int sameMs = 0;
        for (int i = 1; i < all.size(); i++) {
            sameMs += all.get(i).time() == all.get(i - 1).time() ? 1 : 0;
        }
        assertTrue(sameMs > 100, "trades sharing a millisecond: " + sameMs);
        assertTrue(all.stream().anyMatch(AggTrade::buyerMaker) && all.stream().anyMatch(t -> !t.buyerMaker()));
    }

    @Test
    void idsContinueAcrossMinutesAndValuesRespectTheFilters() {
        SymbolSpec spec = SymbolCatalog.spec("BNBBTC");
        List<List<AggTrade>> minutes = run("BNBBTC", 7, 300);
        AggTrade prev = null;
        for (int i = 0; i < minutes.size(); i++) {
            long open = ORIGIN + i * Minutes.MINUTE_MS;
            for (AggTrade t : minutes.get(i)) {
                assertTrue(t.time() >= open && t.time() < open + Minutes.MINUTE_MS, "trade inside its minute");
                assertEquals(0, t.priceE8() % spec.tickE8(), "price on the tick size");
                assertEquals(0, t.qtyE8() % spec.stepE8(), "quantity on the lot size");
                assertTrue(t.priceE8() > 0 && t.qtyE8() > 0 && t.lastId() >= t.firstId());
                if (prev != null) {
                    assertEquals(prev.id() + 1, t.id(), "agg ids consecutive");
                    assertEquals(prev.lastId() + 1, t.firstId(), "raw trade ids consecutive");
                    assertTrue(t.time() >= prev.time(), "time never decreases");
                }
                prev = t;
            }
        }
        assertTrue(!minutes.get(0).isEmpty(), "the first minute always trades (a previous close exists)");
    }

    @Test
    void minutesMustBeAskedInOrder() {
        SyntheticMarket market = new SyntheticMarket(SymbolCatalog.spec("ETHUSDT"), SyntheticParams.defaults(1));
        market.nextMinute(ORIGIN);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> market.nextMinute(ORIGIN + 2 * Minutes.MINUTE_MS));
    }
}
