package io.minutebars.core.ratelimit;

import java.util.function.LongSupplier;

/**
 * A per-minute request-weight budget shared by every REST call of a service, plus a pause imposed by
 * the exchange (429/418 with Retry-After). {@link #acquire} blocks the calling worker thread, never
 * an event loop.
 */
public class RateLimitBudget {
    private final int weightPerMinute;
    private final LongSupplier clock;
    private long windowStart;
    private int used;
    private long pausedUntil;

    public RateLimitBudget(int weightPerMinute, LongSupplier wallClockMs) {
        this.weightPerMinute = weightPerMinute;
        this.clock = wallClockMs;
    }

    /** Waits until {@code weight} fits in the current minute and no pause is in force. */
    public void acquire(int weight) throws InterruptedException {
        while (true) {
            long wait = reserve(weight);
            if (wait <= 0) {
                return;
            }
            Thread.sleep(Math.min(wait, 1_000));
        }
    }

    /** Reserves the weight and returns 0, or returns how long to wait (ms) before trying again. */
    synchronized long reserve(int weight) {
        long now = clock.getAsLong();
        if (now < pausedUntil) {
            return pausedUntil - now;
        }
        if (now - windowStart >= 60_000) {
            windowStart = now - Math.floorMod(now, 60_000);
            used = 0;
        }
        if (used + weight > weightPerMinute && used > 0) {
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
}
