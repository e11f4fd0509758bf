package io.minutebars.simulator.clock;

import java.util.function.LongSupplier;

/**
 * Simulated time: {@code simNow = start + (wallNow - wallStart) * speed}, from a monotonic wall clock so
 * it never steps back when the system clock is adjusted. A speed change re-anchors at the current simNow,
 * so simulated time stays continuous and monotonic (speed 0 pauses it).
 */
public final class SimClock {
    private final long start;
    private final LongSupplier nanoTime;
    private volatile Anchor anchor;

    private record Anchor(long sim, long wallNanos, double speed) {
    }

    public SimClock(long start, double speed) {
        this(start, speed, System::nanoTime);
    }

    public SimClock(long start, double speed, LongSupplier nanoTime) {
        checkSpeed(speed);
        this.start = start;
        this.nanoTime = nanoTime;
        this.anchor = new Anchor(start, nanoTime.getAsLong(), speed);
    }

    /** Current simulated time in epoch milliseconds. */
    public long now() {
        return now(anchor);
    }

    private long now(Anchor a) {
        double elapsedMs = (nanoTime.getAsLong() - a.wallNanos) / 1_000_000.0;
        return a.sim + (long) Math.floor(elapsedMs * a.speed);
    }

    /** Changes the speed from now on; returns the simulated time of the change. */
    public synchronized long speed(double newSpeed) {
        checkSpeed(newSpeed);
        long wall = nanoTime.getAsLong();
        Anchor a = anchor;
        long sim = a.sim + (long) Math.floor((wall - a.wallNanos) / 1_000_000.0 * a.speed);
        anchor = new Anchor(sim, wall, newSpeed);
        return sim;
    }

    public long start() {
        return start;
    }

    public double speed() {
        return anchor.speed;
    }

    private static void checkSpeed(double speed) {
        if (!(speed >= 0) || Double.isInfinite(speed) || speed > 1_000_000) {
            throw new IllegalArgumentException("speed must be a number from 0 to 1000000, was " + speed);
        }
    }
}
