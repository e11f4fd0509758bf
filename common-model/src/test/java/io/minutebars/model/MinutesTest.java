package io.minutebars.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinutesTest {
    @Test
    void tradeBelongsToTheFlooredMinuteLikeBinanceKlines() {
        // klines_BTCUSDT_1m_2021-10-22.json: bar 1634943780000 closes at 1634943839999
        assertEquals(1634943780000L, Minutes.floor(1634943780000L));
        assertEquals(1634943780000L, Minutes.floor(1634943839999L));
        assertEquals(1634943840000L, Minutes.floor(1634943840000L));
        assertEquals(1634943840000L, Minutes.closeTime(1634943780000L));
        assertEquals(-60_000L, Minutes.floor(-1L));
    }

    @Test
    void dayArithmetic() {
        long t = 1634943780000L; // 2021-10-22T23:03:00Z
        assertEquals(1634860800000L, Minutes.dayStart(t));
        assertEquals(23 * 60 + 3, Minutes.minuteOfDay(t));
        assertEquals(3, Minutes.count(t, t + 180_000));
    }

    @Test
    void microsecondsAreDetectedByMagnitude() {
        assertEquals(1735689600123L, Minutes.toMillis(1735689600123456L));
        assertEquals(1634943780000L, Minutes.toMillis(1634943780000L));
    }

    @Test
    void intervals() {
        assertEquals(Interval.H1, Interval.fromCode("1h").orElseThrow());
        assertTrue(Interval.fromCode("2m").isEmpty());
        assertEquals(1634943600000L, Interval.M15.floor(1634943839999L));
        assertTrue(Interval.D1.isAligned(1634860800000L));
    }

    @Test
    void canonicalSymbols() {
        assertEquals("BTC-USDT", Symbols.canonical("btc", "USDT"));
        assertEquals("BTC", Symbols.base("BTC-USDT"));
        assertEquals("USDT", Symbols.quote("BTC-USDT"));
        assertFalse(Symbols.isCanonical("BTCUSDT"));
        assertThrows(IllegalArgumentException.class, () -> Symbols.canonical("BT C", "USD"));
        assertTrue(Exchanges.isValid("binance"));
        assertFalse(Exchanges.isValid("Bin ance"));
    }

    @Test
    void bucketsAreUtcDaysOrYearsForDailyBars() {
        long t = 1634943780000L; // 2021-10-22T23:03:00Z
        assertEquals(1634860800000L, BarBuckets.bucketStart(Interval.M1, t));
        assertEquals(1634860800000L + Minutes.DAY_MS, BarBuckets.nextBucket(Interval.H4, 1634860800000L));
        assertEquals(1609459200000L, BarBuckets.bucketStart(Interval.D1, t)); // 2021-01-01
        assertEquals(1640995200000L, BarBuckets.nextBucket(Interval.D1, 1609459200000L)); // 2022-01-01
    }
}
