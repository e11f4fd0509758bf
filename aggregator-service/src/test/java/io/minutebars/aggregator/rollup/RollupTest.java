package io.minutebars.aggregator.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RollupTest {
    static final long H = 1_709_251_200_000L; // 2024-03-01T00:00:00Z

    static Bar minute(long t, String o, String h, String l, String c, String v, long trades, String id) {
        BigDecimal vol = new BigDecimal(v);
        BigDecimal q = vol.multiply(new BigDecimal(c));
        return new Bar("binance", "BTC-USDT", "BTCUSDT", "1m", Instant.ofEpochMilli(t), null, new BigDecimal(o),
                new BigDecimal(h), new BigDecimal(l), new BigDecimal(c), vol, q, trades, null, vol, q,
                BigDecimal.ZERO, BigDecimal.ZERO, id, id, BarStatus.COMPLETE, 0, BarSource.LIVE);
    }

    static List<Bar> randomHour(long seed) {
        Random r = new Random(seed);
        List<Bar> out = new ArrayList<>();
        for (int m = 0; m < 60; m++) {
            long t = H + m * 60_000L;
            if (r.nextInt(8) == 0) {
                out.add(Bar.empty("binance", "BTC-USDT", "BTCUSDT", t, BarSource.LIVE));
                continue;
            }
            int base = 100 + r.nextInt(20);
            out.add(minute(t, base + ".5", (base + 3) + ".25", (base - 2) + ".75", (base + 1) + ".1",
                    "0." + (1 + r.nextInt(999)), 1 + r.nextInt(50), Integer.toString(m)));
        }
        return out;
    }

    @Test
    void handCheckedFiveMinutes() {
        List<Bar> in = List.of(minute(H, "10", "12", "9", "11", "1", 3, "a"),
                Bar.empty("binance", "BTC-USDT", "BTCUSDT", H + 60_000, BarSource.LIVE),
                minute(H + 120_000, "11", "15", "10", "14", "2", 4, "b"),
                minute(H + 180_000, "14", "14", "8", "9", "0.5", 1, "c"),
                Bar.empty("binance", "BTC-USDT", "BTCUSDT", H + 240_000, BarSource.LIVE));
        Bar r = Rollup.of(Interval.M5, H, in, 0);
        assertEquals(new BigDecimal("10"), r.open());
        assertEquals(new BigDecimal("15"), r.high());
        assertEquals(new BigDecimal("8"), r.low());
        assertEquals(new BigDecimal("9"), r.close());
        assertEquals(new BigDecimal("3.5"), r.volume());
        assertEquals(new BigDecimal("43.5"), r.quoteVolume()); // 11 + 28 + 4.5
        assertEquals(8L, r.trades());
        assertEquals("a", r.firstTradeId());
        assertEquals("c", r.lastTradeId());
        assertEquals(BarStatus.COMPLETE, r.status());
        assertEquals("5m", r.interval());
        assertEquals(BarSource.DERIVED, r.source());
    }

    @Test
    void statusFollowsTheInputs() {
        List<Bar> hour = randomHour(1);
        assertEquals(BarStatus.COMPLETE, Rollup.of(Interval.H1, H, hour, 0).status());
        assertEquals(BarStatus.GAP, Rollup.of(Interval.H1, H, hour.subList(0, 59), 0).status(), "a missing minute");
        List<Bar> withGap = new ArrayList<>(hour);
        withGap.set(7, Bar.gap("binance", "BTC-USDT", "BTCUSDT", H + 7 * 60_000, BarStatus.GAP, BarSource.LIVE));
        Bar gap = Rollup.of(Interval.H1, H, withGap, 0);
        assertEquals(BarStatus.GAP, gap.status());
        assertNull(gap.volume(), "a sum over an unknown minute is unknown");
        assertNull(gap.trades());
        List<Bar> quiet = new ArrayList<>();
        for (int m = 0; m < 5; m++) {
            quiet.add(Bar.empty("binance", "BTC-USDT", "BTCUSDT", H + m * 60_000L, BarSource.LIVE));
        }
        Bar empty = Rollup.of(Interval.M5, H, quiet, 0);
        assertEquals(BarStatus.EMPTY, empty.status());
        assertNull(empty.open());
        assertEquals(0L, empty.trades());
    }

    @Test
    void oneHourFromMinutesEqualsOneHourFromQuarterHours() {
        for (long seed = 1; seed <= 25; seed++) {
            List<Bar> hour = randomHour(seed);
            Bar direct = Rollup.of(Interval.H1, H, hour, 0);
            List<Bar> quarters = new ArrayList<>();
            for (int q = 0; q < 4; q++) {
                quarters.add(Rollup.of(Interval.M15, H + q * 900_000L, hour.subList(q * 15, q * 15 + 15), 0));
            }
            assertEquals(direct, Rollup.of(Interval.H1, H, quarters, 0), "seed " + seed);
        }
    }
}
