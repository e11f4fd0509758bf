package io.minutebars.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MinuteBarEngineTest {
    static final long T0 = 1_700_000_040_000L; // 2023-11-14T22:14:00Z, a minute start
    static final long GRACE = 2_000;

    List<Bar> out;
    MinuteBarEngine engine;

    @BeforeEach
    void setUp() {
        out = new ArrayList<>();
        engine = new MinuteBarEngine("binance", GRACE, 10, BarSource.LIVE, out::add);
        engine.watch("BTCUSDT", "BTC-USDT", T0);
    }

    static Trade t(long time, long seq, String price, String qty, long count, boolean takerSell) {
        return new Trade("BTCUSDT", time, seq, Long.toString(seq), new BigDecimal(price), new BigDecimal(qty), count,
                takerSell);
    }

    @Test
    void buildsAHandCheckedBarAndClosesItOnTheTradeWatermark() {
        engine.onTrade(t(T0 + 1_000, 10, "100.50", "0.2", 1, false));
        engine.onTrade(t(T0 + 20_000, 11, "101.00", "0.1", 3, true));
        engine.onTrade(t(T0 + 30_000, 12, "99.75", "1.0", 1, true));
        engine.onTrade(t(T0 + 59_999, 13, "100.00", "0.5", 2, false));
        engine.onTrade(t(T0 + 60_000 + GRACE - 1, 14, "100.10", "0.1", 1, false));
        assertTrue(out.isEmpty(), "minute must stay open until its end plus grace");

        engine.onTrade(t(T0 + 60_000 + GRACE, 15, "100.20", "0.1", 1, false));
        assertEquals(1, out.size());
        Bar b = out.get(0);
        assertEquals(Instant.ofEpochMilli(T0), b.openTime());
        assertEquals(Instant.ofEpochMilli(T0 + 60_000), b.closeTime());
        assertEquals(new BigDecimal("100.5"), b.open());
        assertEquals(new BigDecimal("101"), b.high());
        assertEquals(new BigDecimal("99.75"), b.low());
        assertEquals(new BigDecimal("100"), b.close());
        assertEquals(new BigDecimal("1.8"), b.volume());
        // 20.1 + 10.1 + 99.75 + 50 = 179.95
        assertEquals(new BigDecimal("179.95"), b.quoteVolume());
        assertEquals(7L, b.trades());
        assertEquals(new BigDecimal("99.972222222222"), b.vwap()); // 179.95 / 1.8 half-even at 12 digits
        assertEquals(new BigDecimal("0.7"), b.takerBuyVolume());
        assertEquals(new BigDecimal("70.1"), b.takerBuyQuoteVolume());
        assertEquals(new BigDecimal("1.1"), b.takerSellVolume());
        assertEquals(new BigDecimal("109.85"), b.takerSellQuoteVolume());
        assertEquals("10", b.firstTradeId());
        assertEquals("13", b.lastTradeId());
        assertEquals(BarStatus.COMPLETE, b.status());
        assertEquals(0, b.revision());
        assertEquals("BTC-USDT", b.symbol());
        assertEquals("BTCUSDT", b.nativeSymbol());
    }

    @Test
    void openAndCloseFollowTimeThenSequenceWhateverTheArrivalOrder() {
        MinuteBarEngine e = new MinuteBarEngine("x", 0, 10, BarSource.LIVE, out::add);
        e.watch("BTCUSDT", "BTC-USDT", T0);
        // same millisecond: sequence decides; unordered arrival of seq 5 is refused as a duplicate by
        // the monotonic rule, so feed in seq order but with equal times
        e.onTrade(t(T0 + 5, 1, "10", "1", 1, false));
        e.onTrade(t(T0 + 5, 2, "11", "1", 1, false));
        e.onTrade(t(T0 + 5, 3, "9", "1", 1, false));
        e.closeBefore("BTCUSDT", T0 + 60_000);
        assertEquals(new BigDecimal("10"), out.get(0).open());
        assertEquals(new BigDecimal("9"), out.get(0).close());
    }

    @Test
    void duplicatesAndInvalidTradesAreDropped() {
        assertTrue(engine.onTrade(t(T0 + 1, 1, "10", "1", 1, false)));
        assertFalse(engine.onTrade(t(T0 + 1, 1, "10", "1", 1, false)));
        assertFalse(engine.onTrade(t(T0 + 2, 0, "10", "1", 1, false)));
        assertFalse(engine.onTrade(t(T0 + 3, 2, "0", "0", 1, false)), "Binance invalidated records have p = 0");
        assertFalse(engine.onTrade(new Trade("ETHUSDT", T0, 1, "1", BigDecimal.ONE, BigDecimal.ONE, 1, false)));
        engine.closeBefore("BTCUSDT", T0 + 60_000);
        assertEquals(1L, out.get(0).trades());
        assertEquals(2, engine.stats().duplicates());
    }

    @Test
    void unorderedIdsAreDeduplicatedWithinTheMinute() {
        MinuteBarEngine e = new MinuteBarEngine("bitmex", 0, 10, BarSource.LIVE, out::add);
        e.watch("XBTUSD", "BTC-USD", T0);
        Trade a = new Trade("XBTUSD", T0 + 10, -1, "guid-a", new BigDecimal("5"), BigDecimal.ONE, 1, false);
        Trade b = new Trade("XBTUSD", T0 + 5, -1, "guid-b", new BigDecimal("6"), BigDecimal.ONE, 1, true);
        assertTrue(e.onTrade(a));
        assertTrue(e.onTrade(b));
        assertFalse(e.onTrade(a));
        e.closeBefore("XBTUSD", T0 + 60_000);
        assertEquals(2L, out.get(0).trades());
        assertEquals(new BigDecimal("6"), out.get(0).open(), "earlier trade time opens the bar");
        assertEquals("guid-b", out.get(0).firstTradeId());
    }

    @Test
    void quietMinutesBecomeEmptyOnlyWhileTheStreamIsInSync() {
        engine.onClock(T0 + 5 * 60_000);
        assertTrue(out.isEmpty(), "not in sync: nobody vouches for the minutes");
        engine.setSynced("BTCUSDT", true);
        engine.onClock(T0 + 3 * 60_000 + GRACE);
        assertEquals(3, out.size());
        out.forEach(b -> {
            assertEquals(BarStatus.EMPTY, b.status());
            assertEquals(0L, b.trades());
            assertNull(b.open());
        });
        assertEquals(Instant.ofEpochMilli(T0 + 2 * 60_000), out.get(2).openTime());
    }

    @Test
    void aLateTradeRevisesTheClosedBar() {
        engine.setSynced("BTCUSDT", true);
        engine.onTrade(t(T0 + 1_000, 1, "10", "1", 1, false));
        engine.onClock(T0 + 60_000 + GRACE);
        assertEquals(1, out.size());
        engine.onTrade(t(T0 + 59_000, 2, "12", "2", 1, true));
        assertEquals(2, out.size());
        Bar revised = out.get(1);
        assertEquals(1, revised.revision());
        assertEquals(new BigDecimal("3"), revised.volume());
        assertEquals(new BigDecimal("12"), revised.close());
        assertEquals(2L, revised.trades());
        // an EMPTY minute revised becomes COMPLETE
        engine.onClock(T0 + 2 * 60_000 + GRACE);
        engine.onTrade(t(T0 + 60_500, 3, "11", "1", 1, false));
        Bar fromEmpty = out.get(out.size() - 1);
        assertEquals(BarStatus.COMPLETE, fromEmpty.status());
        assertEquals(1, fromEmpty.revision());
    }

    @Test
    void tradesOutsideTheRevisionWindowOrBeforeListeningAreNotMixedIn() {
        engine.setSynced("BTCUSDT", true);
        engine.onClock(T0 + 20 * 60_000);
        int closed = out.size();
        assertFalse(engine.onTrade(t(T0 + 1, 1, "10", "1", 1, false)), "older than the 10-minute window");
        assertFalse(engine.onTrade(t(T0 - 1, 2, "10", "1", 1, false)), "before listenFrom");
        assertEquals(closed, out.size());
        assertEquals(1, engine.stats().tooLate());
    }

    @Test
    void declaredGapsArePublishedAsGapAndDropPartialTrades() {
        engine.onTrade(t(T0 + 1_000, 1, "10", "1", 1, false));
        engine.repair("BTCUSDT", T0 + 2 * 60_000, List.of(), BarStatus.GAP);
        assertEquals(2, out.size());
        assertEquals(BarStatus.GAP, out.get(0).status());
        assertNull(out.get(0).trades());
        assertEquals(T0 + 2 * 60_000, engine.nextToClose("BTCUSDT"));
        assertFalse(engine.onTrade(t(T0 + 2_000, 2, "10", "1", 1, false)), "a trade for a GAP minute is too late");
    }

    @Test
    void aMinuteWhoseTradesAddUpBeyondTheDecimalBoundsIsAGapNotLost() {
        assertNull(t(T0 + 1_000, 1, "1", "1e37", 1, false).defect(), "each trade is valid alone");
        engine.onTrade(t(T0 + 1_000, 1, "1", "1e37", 1, false));
        engine.onTrade(t(T0 + 2_000, 2, "1", "1e-36", 1, false));
        engine.onTrade(t(T0 + 60_000 + GRACE, 3, "1", "1", 1, false)); // an innocent trade closes the minute
        assertEquals(1, out.size(), "the minute is published, and the closing trade did not fail");
        assertEquals(BarStatus.GAP, out.get(0).status());
        engine.onTrade(t(T0 + 3_000, 4, "1", "1", 1, false)); // a late trade revises it: still unrepresentable
        assertEquals(BarStatus.GAP, out.get(1).status());
        assertEquals(1, out.get(1).revision());
    }

    @Test
    void checkpointPointsAtTheLastTradeInsideAClosedMinute() {
        engine.onTrade(t(T0 + 1_000, 7, "10", "1", 1, false));
        engine.onTrade(t(T0 + 60_000 + GRACE + 1, 8, "10", "1", 1, false)); // closes minute 0, opens minute 1
        assertEquals(new Checkpoint(T0 + 60_000, 7), engine.checkpoint("BTCUSDT"));

        // a restarted engine resumes there: trade 8 is new again, trade 7 a duplicate
        List<Bar> again = new ArrayList<>();
        MinuteBarEngine restarted = new MinuteBarEngine("binance", GRACE, 10, BarSource.LIVE, again::add);
        restarted.watch("BTCUSDT", "BTC-USDT", T0 + 60_000);
        restarted.restoreSeq("BTCUSDT", 7);
        assertFalse(restarted.onTrade(t(T0 + 1_000, 7, "10", "1", 1, false)));
        assertTrue(restarted.onTrade(t(T0 + 60_000 + GRACE + 1, 8, "10", "1", 1, false)));
    }
}
