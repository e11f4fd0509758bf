package io.minutebars.simulator.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Pending injected failures of the Binance REST API: HTTP 429 (rate limit) and 418 (IP ban). */
@ApplicationScoped
public class FaultInjector {
    public enum Fault {
        RATE_LIMIT, BAN
    }

    private final AtomicInteger rateLimits = new AtomicInteger();
    private final AtomicInteger bans = new AtomicInteger();

    public int add(Fault fault, int count) {
        return counter(fault).addAndGet(count);
    }

    public int pending(Fault fault) {
        return counter(fault).get();
    }

    public void clear() {
        rateLimits.set(0);
        bans.set(0);
    }

    /** Consumes one pending fault, bans first (a ban outranks a rate limit). */
    public Optional<Fault> next() {
        if (take(bans)) {
            return Optional.of(Fault.BAN);
        }
        return take(rateLimits) ? Optional.of(Fault.RATE_LIMIT) : Optional.empty();
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private AtomicInteger counter(Fault fault) {
        return fault == Fault.BAN ? bans : rateLimits;
    }
}
