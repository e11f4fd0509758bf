package io.minutebars.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.core.capability.KlineHistory;
import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.ratelimit.GuardedCalls;
import io.minutebars.core.ratelimit.RateLimitBudget;
import io.minutebars.core.testing.DirectGuard;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResumerTest {
    static final long T0 = 1_700_000_040_000L;

    /** A REST history of trades 1..n, one every second, which may lag behind the live stream. */
    static class FakeHistory implements TradeHistory.BySequence, KlineHistory {
        final List<Trade> all = new ArrayList<>();
        int visible;
        /** The oldest trade REST still keeps (retention, or a history that starts later); 0 keeps {@link #BEFORE}. */
        int firstKept = 0;
        int calls;
        /** Trade 0, the last one of the minute before T0: the history reaches back past every test's start. */
        static final Trade BEFORE = new Trade("BTCUSDT", T0 - 1000, 0, "0", BigDecimal.valueOf(100), BigDecimal.ONE,
                1, false);

        FakeHistory(int n) {
            for (int i = 1; i <= n; i++) {
                all.add(new Trade("BTCUSDT", T0 + i * 1000L, i, Integer.toString(i), BigDecimal.valueOf(100 + i),
                        BigDecimal.ONE, 1, i % 2 == 0));
            }
            visible = n;
        }

        public List<Trade> tradesFromSeq(String s, long fromSeq, int limit) {
            calls++;
            return kept().filter(t -> t.seq() >= fromSeq).limit(limit).toList();
        }

        public List<Trade> tradesFromTime(String s, long startTime, int limit) {
            calls++;
            return kept().filter(t -> t.time() >= startTime).limit(limit).toList();
        }

        /** What REST still holds: {@link #BEFORE} and the visible trades, from {@link #firstKept} on (by sequence). */
        java.util.stream.Stream<Trade> kept() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(BEFORE), all.stream().limit(visible))
                    .filter(t -> t.seq() < 0 || t.seq() >= firstKept);
        }

        public int pageWeight() { return 1; }
        public boolean contiguous() { return true; }
        public List<Bar> klines(String nativeSymbol, String symbol, long start, long end) { return List.of(); }

        /** A resumer of this history (and its klines). */
        Resumer resumer(GuardedCalls rest, LiveFeed feed, int pageSize, int maxAttempts, long retryDelayMs) {
            return new Resumer(this, Optional.of(this), rest, feed, pageSize, maxAttempts, retryDelayMs,
                    () -> Long.MAX_VALUE, 0);
        }
    }

    final List<Bar> bars = new ArrayList<>();
    final MinuteBarEngine engine = new MinuteBarEngine("fake", 0, 10, BarSource.LIVE, bars::add);
    /** The exchange's clock stands at the end of the trades' day; trades ahead of it by more than 5 s are refused. */
    final long[] clock = {T0 + 86_400_000L};
    final List<Trade> refused = new ArrayList<>();
    final LiveFeed feed = new LiveFeed(engine, 1000, new ClockGuard(() -> clock[0], 5_000, refused::add));
    final GuardedCalls rest = new GuardedCalls("fake", new RateLimitBudget(1_000_000, System::currentTimeMillis),
            e -> { }, 10, new DirectGuard());

    @Test
    void noTradeIsLostBetweenDisconnectAndReconnect() throws Exception {
        FakeHistory history = new FakeHistory(150);
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        feed.beginResume(List.of("BTCUSDT"));
        feed.onLiveTrade(history.all.get(0)); // seen live before the disconnect... buffered while resuming
        // live stream after reconnect delivers trades 120.. (overlap with REST 120..150 must be dropped)
        for (int i = 119; i < 150; i++) {
            feed.onLiveTrade(history.all.get(i));
        }
        long fed = history.resumer(rest, feed, 40, 5, 1).resume("BTCUSDT");
        assertEquals(150, fed);
        assertTrue(!feed.isResuming("BTCUSDT"));
        engine.closeBefore("BTCUSDT", T0 + 10 * 60_000);
        long total = bars.stream().mapToLong(b -> b.trades() == null ? 0 : b.trades()).sum();
        assertEquals(150, total, "every trade exactly once");
    }

    @Test
    void marketsSuspendedWhileThePublishBufferIsFullComeBackThroughRestWithNothingLost() throws Exception {
        FakeHistory history = new FakeHistory(150);
        history.visible = 20;
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        feed.beginResume(List.of("BTCUSDT"));
        history.resumer(rest, feed, 40, 5, 1).resume("BTCUSDT");
        for (int i = 20; i < 50; i++) {
            history.visible = i + 1;
            feed.onLiveTrade(history.all.get(i)); // live, in sync: trades 21..50
        }
        assertTrue(feed.suspend(List.of("BTCUSDT")), "the broker stopped confirming");
        for (int i = 50; i < 130; i++) {
            history.visible = i + 1;
            feed.onLiveTrade(history.all.get(i)); // not taken: 51..130
        }
        feed.tick(T0 + 10 * 60_000);
        int closedWhileSuspended = bars.size();
        assertEquals(0, closedWhileSuspended, "no minute closes, so no bar is made, while suspended");
        assertEquals(List.of("BTCUSDT"), feed.resumeSuspended(), "the broker confirms again");
        for (int i = 130; i < 150; i++) {
            history.visible = i + 1;
            feed.onLiveTrade(history.all.get(i)); // buffered during the REST catch-up
        }
        history.resumer(rest, feed, 40, 5, 1).resume("BTCUSDT");
        engine.closeBefore("BTCUSDT", T0 + 10 * 60_000);
        long total = bars.stream().mapToLong(b -> b.trades() == null ? 0 : b.trades()).sum();
        assertEquals(150, total, "every trade exactly once");
        assertTrue(bars.stream().noneMatch(b -> b.status() == BarStatus.GAP));
    }

    @Test
    void aTradeStampedFarAheadOfTheExchangeClockIsRefusedNotBinned() {
        clock[0] = T0 + 30_000;
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        engine.setSynced("BTCUSDT", true);
        Trade farFuture = new Trade("BTCUSDT", 253_402_300_000_000L, 1, "1", BigDecimal.TEN, BigDecimal.ONE, 1, false);
        feed.onLiveTrade(farFuture);
        feed.feedHistory(List.of(farFuture));
        assertEquals(List.of(farFuture, farFuture), refused, "each refusal is reported once");
        assertTrue(bars.isEmpty(), "no minute was closed by it: " + bars.size());
        Trade withinSkew = new Trade("BTCUSDT", clock[0] + 4_000, 2, "2", BigDecimal.TEN, BigDecimal.ONE, 1, false);
        feed.onLiveTrade(withinSkew);
        assertEquals(2, refused.size());
        assertEquals(2, engine.lastSeq("BTCUSDT"));
    }

    /** A first start in the middle of minute 1 (trades 60..119): the stream delivers from trade 90 on. */
    long startMidMinute(FakeHistory history) throws Exception {
        engine.watch("BTCUSDT", "BTC-USDT", T0 + 60_000);
        feed.beginResume(List.of("BTCUSDT"));
        for (int i = 89; i < 150; i++) {
            feed.onLiveTrade(history.all.get(i));
        }
        long fed = history.resumer(rest, feed, 40, 5, 1).resume("BTCUSDT");
        engine.closeBefore("BTCUSDT", T0 + 3 * 60_000);
        return fed;
    }

    @Test
    void aFirstStartMidMinuteReadsTheMinuteFromItsStartWhenTheHistoryReachesIt() throws Exception {
        FakeHistory history = new FakeHistory(150);
        startMidMinute(history);
        assertEquals(BarStatus.COMPLETE, bars.get(0).status());
        assertEquals(60L, bars.get(0).trades(), "trades 60..119: the whole minute, not what the stream saw");
        assertEquals("60", bars.get(0).firstTradeId());
        assertEquals(BarStatus.COMPLETE, bars.get(1).status());
    }

    @Test
    void aFirstStartWhoseHistoryBeginsInsideTheMinuteDeclaresItGapNeverComplete() throws Exception {
        FakeHistory history = new FakeHistory(150);
        history.firstKept = 75; // the exchange's history (a replay, a retention limit) starts mid-minute
        startMidMinute(history);
        assertEquals(BarStatus.GAP, bars.get(0).status(), "trades 60..74 were never seen: not COMPLETE");
        assertEquals(BarStatus.COMPLETE, bars.get(1).status());
        assertEquals(31L, bars.get(1).trades());
    }

    @Test
    void aRestartWhoseHistoryNoLongerReachesTheCheckpointRepairsClosedMinutesAndGapsTheRest() throws Exception {
        FakeHistory history = new FakeHistory(150) {
            @Override
            public List<Bar> klines(String nativeSymbol, String symbol, long start, long end) {
                BigDecimal c = BigDecimal.valueOf(150);
                return List.of(new Bar("fake", symbol, nativeSymbol, "1m", java.time.Instant.ofEpochMilli(T0), null,
                        c, c, c, c, BigDecimal.TEN, BigDecimal.TEN, 59L, c, null, null, null, null, null, null,
                        BarStatus.FILLED, 0, BarSource.KLINES));
            }
        };
        history.firstKept = 70; // trades 1..69 are gone from the history by the time the service is back
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        engine.restoreSeq("BTCUSDT", 0); // the checkpoint: nothing of minute 0 was closed yet
        clock[0] = T0 + 150_000; // minute 0 has closed on the exchange's clock, minute 1 not yet
        feed.beginResume(List.of("BTCUSDT"));
        new Resumer(history, Optional.of(history), rest, feed, 40, 5, 1, () -> clock[0], 0).resume("BTCUSDT");
        engine.closeBefore("BTCUSDT", T0 + 3 * 60_000);
        assertEquals(BarStatus.FILLED, bars.get(0).status(), "closed: repaired from the exchange's kline");
        assertEquals(BarStatus.GAP, bars.get(1).status(), "trades 60..69 are lost: GAP, not COMPLETE");
        assertEquals(BarStatus.COMPLETE, bars.get(2).status());
    }

    @Test
    void restLaggingBehindTheStreamIsRetriedThenDeclaredAGap() throws Exception {
        FakeHistory history = new FakeHistory(150);
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        engine.onTrade(history.all.get(0));
        history.visible = 50; // REST stops at 50, the stream starts at 80: a hole REST never fills
        feed.beginResume(List.of("BTCUSDT"));
        for (int i = 79; i < 150; i++) {
            feed.onLiveTrade(history.all.get(i));
        }
        history.resumer(rest, feed, 1000, 3, 1).resume("BTCUSDT");
        assertTrue(!feed.isResuming("BTCUSDT"));
        engine.closeBefore("BTCUSDT", T0 + 3 * 60_000);
        // trade 80 is at T0+80s (minute 1): minutes 0 and 1 are GAP, minute 2 complete
        assertEquals(BarStatus.GAP, bars.get(0).status());
        assertEquals(BarStatus.GAP, bars.get(1).status());
        assertEquals(BarStatus.COMPLETE, bars.get(2).status());
        assertEquals(31L, bars.get(2).trades()); // trades 120..150, one per second
        assertEquals(3, history.calls, "retried up to maxAttempts");
    }

    @Test
    void aHoleRestNeverFillsIsRepairedFromKlinesWhereTheExchangeHasThem() throws Exception {
        FakeHistory history = new FakeHistory(150) {
            @Override
            public List<Bar> klines(String nativeSymbol, String symbol, long start, long end) {
                BigDecimal c = BigDecimal.valueOf(130);
                return List.of(new Bar("fake", symbol, nativeSymbol, "1m", java.time.Instant.ofEpochMilli(T0), null,
                        c, c, c, c, BigDecimal.TEN, BigDecimal.TEN, 59L, c, null, null, null, null, null, null,
                        BarStatus.FILLED, 0, BarSource.KLINES)); // minute 0 only: minute 1 stays unknown
            }
        };
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        engine.onTrade(history.all.get(0));
        history.visible = 50;
        feed.beginResume(List.of("BTCUSDT"));
        for (int i = 79; i < 150; i++) {
            feed.onLiveTrade(history.all.get(i));
        }
        history.resumer(rest, feed, 1000, 3, 1).resume("BTCUSDT");
        engine.closeBefore("BTCUSDT", T0 + 3 * 60_000);
        assertEquals(BarStatus.FILLED, bars.get(0).status(), "from the exchange's kline");
        assertEquals(59L, bars.get(0).trades());
        assertEquals(BarStatus.GAP, bars.get(1).status(), "no kline: still a gap");
        assertEquals(BarStatus.COMPLETE, bars.get(2).status());
    }
}
