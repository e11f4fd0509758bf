package io.minutebars.model;

import java.time.Instant;

/** Minute arithmetic every service must agree on: a trade at time T belongs to floor(T / 60 s). */
public final class Minutes {
    public static final long MINUTE_MS = 60_000L;
    public static final long DAY_MS = 86_400_000L;
    public static final int MINUTES_PER_DAY = 1440;
    /**
     * The times every service accepts: 1970-01-01T00:00:00Z up to the end of 9999-12-31. Outside them
     * minute and bucket arithmetic (and {@code java.time}) would overflow, so a boundary refuses them first.
     */
    public static final long MIN_TIME = 0L;
    public static final long MAX_TIME = 253_402_300_799_999L;

    private Minutes() {
    }

    public static boolean inRange(long epochMillis) {
        return epochMillis >= MIN_TIME && epochMillis <= MAX_TIME;
    }

    /** The time itself when {@link #inRange}; else an IllegalArgumentException naming {@code what}. */
    public static long requireInRange(long epochMillis, String what) {
        if (!inRange(epochMillis)) {
            throw new IllegalArgumentException(what + " " + epochMillis + " ms is outside 1970-01-01T00:00:00Z .. "
                    + "9999-12-31T23:59:59.999Z");
        }
        return epochMillis;
    }

    public static long floor(long epochMillis) {
        return Math.floorDiv(epochMillis, MINUTE_MS) * MINUTE_MS;
    }

    public static Instant floor(Instant t) {
        return Instant.ofEpochMilli(floor(t.toEpochMilli()));
    }

    /** Exclusive end of the minute that starts at {@code openTime}. */
    public static long closeTime(long openTime) {
        return openTime + MINUTE_MS;
    }

    public static boolean isAligned(long epochMillis) {
        return Math.floorMod(epochMillis, MINUTE_MS) == 0;
    }

    /** Start of the UTC day containing the time. */
    public static long dayStart(long epochMillis) {
        return Math.floorDiv(epochMillis, DAY_MS) * DAY_MS;
    }

    /** Index 0..1439 of the minute within its UTC day. */
    public static int minuteOfDay(long epochMillis) {
        return (int) (Math.floorMod(epochMillis, DAY_MS) / MINUTE_MS);
    }

    /** Number of whole minutes in [start, end); both must be aligned. */
    public static long count(long start, long end) {
        return Math.max(0, Math.subtractExact(end, start) / MINUTE_MS);
    }

    /**
     * Normalises an exchange timestamp to milliseconds: values of 1e15 or more are microseconds
     * (Binance public data from 2025 on, or opt-in µs streams).
     */
    public static long toMillis(long exchangeTime) {
        return exchangeTime >= 1_000_000_000_000_000L ? exchangeTime / 1000 : exchangeTime;
    }
}
