package io.minutebars.simulator.faults;

import io.minutebars.simulator.market.ExchangeId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pending injected failures of each exchange's REST API: a rate limit or an IP ban, answered in that
 * exchange's own way (see each venue's {@link VenueRateLimit}).
 */
@ApplicationScoped
public class FaultInjector {
    public enum Fault {
        RATE_LIMIT, BAN
    }

    private final Map<ExchangeId, Map<Fault, AtomicInteger>> pending = new EnumMap<>(ExchangeId.class);

    public FaultInjector() {
        for (ExchangeId exchange : ExchangeId.values()) {
            Map<Fault, AtomicInteger> counters = new EnumMap<>(Fault.class);
            for (Fault fault : Fault.values()) {
                counters.put(fault, new AtomicInteger());
            }
            pending.put(exchange, counters);
        }
    }

    public int add(ExchangeId exchange, Fault fault, int count) {
        return pending.get(exchange).get(fault).addAndGet(count);
    }

    public int pending(ExchangeId exchange, Fault fault) {
        return pending.get(exchange).get(fault).get();
    }

    public void clear() {
        pending.values().forEach(m -> m.values().forEach(c -> c.set(0)));
    }

    /** Consumes one pending fault of the exchange, bans first (a ban outranks a rate limit). */
    public Optional<Fault> next(ExchangeId exchange) {
        Map<Fault, AtomicInteger> counters = pending.get(exchange);
        if (take(counters.get(Fault.BAN))) {
            return Optional.of(Fault.BAN);
        }
        return take(counters.get(Fault.RATE_LIMIT)) ? Optional.of(Fault.RATE_LIMIT) : Optional.empty();
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
