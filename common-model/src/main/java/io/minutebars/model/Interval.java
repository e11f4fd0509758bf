package io.minutebars.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Bar intervals: 1m is collected, the others are rolled up from it. All are UTC-aligned. */
public enum Interval {
    M1("1m", 60_000L),
    M5("5m", 300_000L),
    M15("15m", 900_000L),
    H1("1h", 3_600_000L),
    H4("4h", 14_400_000L),
    D1("1d", 86_400_000L);

    private final String code;
    private final long millis;

    Interval(String code, long millis) {
        this.code = code;
        this.millis = millis;
    }

    public String code() {
        return code;
    }

    public long millis() {
        return millis;
    }

    public Duration duration() {
        return Duration.ofMillis(millis);
    }

    /** Start of the interval containing {@code epochMillis} (floor, also for negative times). */
    public long floor(long epochMillis) {
        return Math.floorDiv(epochMillis, millis) * millis;
    }

    public Instant floor(Instant t) {
        return Instant.ofEpochMilli(floor(t.toEpochMilli()));
    }

    public boolean isAligned(long epochMillis) {
        return Math.floorMod(epochMillis, millis) == 0;
    }

    public static Optional<Interval> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return code;
    }
}
