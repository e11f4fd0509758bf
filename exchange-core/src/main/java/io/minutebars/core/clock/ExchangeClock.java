package io.minutebars.core.clock;

/**
 * The exchange's time as this service estimates it: anchored to the exchange's server time and
 * advancing at {@code speed} exchange-ms per local ms, so accelerated replays close minutes correctly.
 * Injectable: tests and benchmarks drive it by hand.
 */
public class ExchangeClock {
    private final double speed;
    private volatile long anchorExchangeMs;
    private volatile long anchorNanos;
    private volatile boolean synced;

    public ExchangeClock(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("clock speed must be positive: " + speed);
        }
        this.speed = speed;
        this.anchorExchangeMs = System.currentTimeMillis();
        this.anchorNanos = System.nanoTime();
    }

    public long now() {
        return anchorExchangeMs + (long) ((System.nanoTime() - anchorNanos) / 1_000_000.0 * speed);
    }

    /** Anchors to a server time read at {@code readNanos} (take the middle of the request). */
    public final void anchor(long exchangeMs, long readNanos) {
        this.anchorExchangeMs = exchangeMs;
        this.anchorNanos = readNanos;
        this.synced = true;
    }

    /** False until the first anchoring to the exchange: until then this is the local clock. */
    public boolean synced() {
        return synced;
    }

    public double speed() {
        return speed;
    }
}
