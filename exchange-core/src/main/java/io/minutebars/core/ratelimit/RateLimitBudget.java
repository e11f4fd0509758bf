package io.minutebars.core.ratelimit;

import java.util.function.LongSupplier;

/**
 * A per-minute request-weight budget shared by every REST call of a replica, plus a pause imposed by
 * the exchange (429/418 with Retry-After). Part of it is reserved for live work (resumes, clock sync,
 * catalog): backfills spend only the rest, so a long backfill never delays a resume. {@link #acquire}
 * blocks the calling worker thread, never an event loop.
 */
public class RateLimitBudget {
    private final int weightPerMinute;
    private final int reservedForLive;
    private final LongSupplier clock;
    private long windowStart;
    private int used;
    private long pausedUntil;

    /** The whole budget open to every call (no reserve). */
    public RateLimitBudget(int weightPerMinute, LongSupplier wallClockMs) {
        this(weightPerMinute, 0, wallClockMs);
    }

    /** @param reservedForLive weight of each minute that only live calls may spend (0..weightPerMinute) */
    public RateLimitBudget(int weightPerMinute, int reservedForLive, LongSupplier wallClockMs) {
        if (weightPerMinute < 1 || reservedForLive < 0 || reservedForLive > weightPerMinute) {
            throw new IllegalArgumentException("reserve " + reservedForLive + " of " + weightPerMinute + " weight/min");
        }
        this.weightPerMinute = weightPerMinute;
        this.reservedForLive = reservedForLive;
        this.clock = wallClockMs;
    }

    /**
     * This shard's part of the exchange's budget: {@code exchangeWeightPerMinute / shardCount} rounded down (so
     * the replicas together never exceed the exchange's limit), at least 1; of it, {@code reservedForLive}
     * (a fraction, clamped to 0..1) rounded down is kept for live calls.
     */
    public static RateLimitBudget shardShare(int exchangeWeightPerMinute, int shardCount, double reservedForLive,
            LongSupplier wallClockMs) {
        int share = Math.max(1, exchangeWeightPerMinute / Math.max(1, shardCount));
        double fraction = Math.min(1, Math.max(0, reservedForLive));
        return new RateLimitBudget(share, (int) Math.floor(share * fraction), wallClockMs);
    }

    /**
     * Waits until {@code weight} fits in the current minute and no pause is in force; a call that is not
     * {@code live} (a backfill) may not dip into the reserve.
     */
    public void acquire(int weight, boolean live) throws InterruptedException {
        while (true) {
            long wait = reserve(weight, live);
            if (wait <= 0) {
                return;
            }
            Thread.sleep(Math.min(wait, 1_000));
        }
    }

    /**
     * Reserves the weight and returns 0, or returns how long to wait (ms) before trying again. A call heavier than
     * all its kind may spend still runs, alone in a fresh minute: otherwise it would wait forever.
     */
    synchronized long reserve(int weight, boolean live) {
        long now = clock.getAsLong();
        if (now < pausedUntil) {
            return pausedUntil - now;
        }
        if (now - windowStart >= 60_000) {
            windowStart = now - Math.floorMod(now, 60_000);
            used = 0;
        }
        int allowed = live ? weightPerMinute : weightPerMinute - reservedForLive;
        if (used + weight > allowed && used > 0) {
            return windowStart + 60_000 - now;
        }
        used += weight;
        return 0;
    }

    /** The exchange told us to stop: every caller waits until then. */
    public synchronized void pauseFor(long millis) {
        pausedUntil = Math.max(pausedUntil, clock.getAsLong() + millis);
    }

    public synchronized boolean paused() {
        return clock.getAsLong() < pausedUntil;
    }

    public synchronized int usedThisMinute() {
        return used;
    }

    public int weightPerMinute() {
        return weightPerMinute;
    }

    public int reservedForLive() {
        return reservedForLive;
    }
}
