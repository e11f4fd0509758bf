package io.minutebars.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Resume for exchanges without sequence paging: by time with GUID ids (BitMEX), recent-only with klines (Bybit). */
class HistoryModesTest {
    static final long T0 = 1_700_000_040_000L;

    /** Trades 1..n every 2 s with GUID-like ids; history mode chosen by the test. */
    enum Mode { TIME, RECENT }

    static class GuidHistory extends ResumerTest.FakeHistory {
        final Mode mode;
        final List<Bar> klines = new ArrayList<>();

        GuidHistory(int n, Mode mode) {
            super(0);
            this.mode = mode;
            for (int i = 1; i <= n; i++) {
                all.add(new Trade("BTCUSDT", T0 + i * 2000L, -1, "guid-" + i, BigDecimal.valueOf(100 + i),
                        BigDecimal.ONE, 1, i % 3 == 0));
            }
            visible = n;
        }

        /** The history as the exchange of the mode offers it: paged by time, or recent trades only. */
        TradeHistory view() {
            return mode == Mode.TIME ? (TradeHistory.ByTime) this::tradesFromTime : (TradeHistory.RecentOnly) this::recentTrades;
        }

        List<Trade> recentTrades(String s, int limit) {
            return all.subList(Math.max(0, visible - limit), visible);
        }

        Resumer resumer(GuardedCalls rest, LiveFeed feed, int pageSize, int maxAttempts, long retryDelayMs) {
            return new Resumer(view(), Optional.of(this), rest, feed, pageSize, maxAttempts, retryDelayMs,
                    () -> Long.MAX_VALUE, 0);
        }

        @Override
        public List<Bar> klines(String nativeSymbol, String symbol, long start, long end) {
            return klines.stream().filter(k -> k.openTime().toEpochMilli() >= start
                    && k.openTime().toEpochMilli() < end).toList();
        }
    }

    final List<Bar> bars = new ArrayList<>();
    final MinuteBarEngine engine = new MinuteBarEngine("fake", 0, 10, BarSource.LIVE, bars::add);
    final LiveFeed feed = new LiveFeed(engine, 1000, new ClockGuard(() -> T0 + 86_400_000L, 5_000, t -> {
        throw new AssertionError("no trade here is ahead of the clock: " + t);
    }));
    final GuardedCalls rest = new GuardedCalls("fake", new RateLimitBudget(1_000_000, System::currentTimeMillis),
            e -> { }, 10, new DirectGuard());

    long tradesIn(List<Bar> list) {
        return list.stream().filter(b -> b.status() == BarStatus.COMPLETE).mapToLong(Bar::trades).sum();
    }

    @Test
    void timePagingWithUnorderedIdsLosesAndDuplicatesNothing() throws Exception {
        GuidHistory history = new GuidHistory(100, Mode.TIME);
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        feed.beginResume(List.of("BTCUSDT"));
        for (int i = 80; i < 100; i++) {
            feed.onLiveTrade(history.all.get(i)); // overlaps the REST history
        }
        history.resumer(rest, feed, 7, 3, 1).resume("BTCUSDT");
        assertFalse(feed.isResuming("BTCUSDT"));
        engine.closeBefore("BTCUSDT", T0 + 5 * 60_000);
        assertEquals(100, tradesIn(bars), "every trade exactly once");
    }

    @Test
    void recentOnlyHistoryRepairsUnreachableMinutesFromKlines() throws Exception {
        GuidHistory history = new GuidHistory(150, Mode.RECENT); // trades up to T0 + 300 s
        for (int m = 0; m < 5; m++) {
            BigDecimal c = BigDecimal.valueOf(7 + m);
            history.klines.add(new Bar("fake", "BTC-USDT", "BTCUSDT", "1m", Instant.ofEpochMilli(T0 + m * 60_000L),
                    null, c, c, c, c, BigDecimal.TEN, BigDecimal.TEN, null, null, null, null, null, null, null, null,
                    BarStatus.FILLED, 0, BarSource.KLINES));
        }
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        feed.beginResume(List.of("BTCUSDT"));
        // recent-trade holds the last 40 trades: 111..150, from T0 + 222 s (minute 3) on
        history.resumer(rest, feed, 40, 3, 1).resume("BTCUSDT");
        engine.closeBefore("BTCUSDT", T0 + 6 * 60_000);
        assertEquals(List.of(BarStatus.FILLED, BarStatus.FILLED, BarStatus.FILLED, BarStatus.FILLED,
                BarStatus.COMPLETE, BarStatus.COMPLETE), bars.stream().map(Bar::status).toList());
        assertEquals(BarSource.KLINES, bars.get(3).source(), "the minute recent trades only partly reach");
        // minute 4 holds trades 120..149, minute 5 trade 150
        assertEquals(31, tradesIn(bars));
    }

    @Test
    void recentTradesThatReachBackNeedNoRepair() throws Exception {
        GuidHistory history = new GuidHistory(20, Mode.RECENT);
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        feed.beginResume(List.of("BTCUSDT"));
        history.resumer(rest, feed, 60, 3, 1).resume("BTCUSDT");
        engine.closeBefore("BTCUSDT", T0 + 60_000);
        assertEquals(BarStatus.COMPLETE, bars.get(0).status());
        assertEquals(20, tradesIn(bars));
    }

    @Test
    void klinesOfTheMinuteRecentTradesStartInAreAskedOnlyOnceItClosed() throws Exception {
        long[] now = {T0 + 3 * 60_000 + 30_000}; // minute 3 (recent trades start there) is still open
        List<Long> askedAt = new ArrayList<>();
        GuidHistory history = new GuidHistory(150, Mode.RECENT) {
            @Override
            public List<Bar> klines(String nativeSymbol, String symbol, long start, long end) {
                askedAt.add(now[0]);
                return super.klines(nativeSymbol, symbol, start, end);
            }
        };
        engine.watch("BTCUSDT", "BTC-USDT", T0);
        feed.beginResume(List.of("BTCUSDT"));
        new Resumer(history.view(), Optional.of(history), rest, feed, 40, 3, 1, () -> now[0] += 1_000, 5_000).resume("BTCUSDT");
        assertEquals(1, askedAt.size());
        assertTrue(askedAt.get(0) >= T0 + 4 * 60_000 + 5_000, "after minute 3 closed and settled: " + askedAt);
    }
}
