package io.minutebars.core.clock;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Anchors an {@link ExchangeClock} to the exchange's server time the way NTP does: several reads, and the one
 * with the shortest round trip wins, its server time taken at the middle of that trip. A first request (cold
 * connection, a loaded machine) can take a second: anchored on it alone, an accelerated clock would be off by
 * seconds of exchange time, and every trade would look stamped in the future.
 */
public final class ClockSync {
    private final ExchangeClock clock;
    private final int samples;
    private final LongSupplier nanos;
    private final AtomicLong lastSyncNanos = new AtomicLong(Long.MIN_VALUE / 2);

    public ClockSync(ExchangeClock clock, int samples, LongSupplier nanos) {
        if (samples < 1) {
            throw new IllegalArgumentException("at least one server-time read");
        }
        this.clock = clock;
        this.samples = samples;
        this.nanos = nanos;
    }

    /** Reads the server time {@code samples} times and anchors on the read with the shortest round trip. */
    public void sync(Callable<Long> serverTime) throws Exception {
        long bestRtt = Long.MAX_VALUE;
        long bestServer = 0;
        long bestAt = 0;
        for (int i = 0; i < samples; i++) {
            long before = nanos.getAsLong();
            long server = serverTime.call();
            long rtt = nanos.getAsLong() - before;
            if (rtt < bestRtt) {
                bestRtt = rtt;
                bestServer = server;
                bestAt = before + rtt / 2;
            }
        }
        clock.anchor(bestServer, bestAt);
        lastSyncNanos.set(nanos.getAsLong());
    }

    /** True (once) when no sync happened for {@code minGapNanos}: a sign the clock is off may then ask for one. */
    public boolean claimResync(long minGapNanos) {
        long last = lastSyncNanos.get();
        return nanos.getAsLong() - last >= minGapNanos && lastSyncNanos.compareAndSet(last, nanos.getAsLong());
    }
}
