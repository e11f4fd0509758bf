package io.minutebars.simulator.service;

import io.minutebars.simulator.config.SimulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * BitMEX's request budget as its {@code X-RateLimit-*} headers report it (per wall minute, all callers
 * together). Reported, not enforced: the fault endpoint injects the 429.
 */
@ApplicationScoped
public class BitmexRateLimit {
    private final MinuteWindow window = new MinuteWindow();
    private final int limit;

    public BitmexRateLimit(SimulatorConfig config) {
        this.limit = config.bitmex().requestsPerMinute();
    }

    public void count() {
        window.add(1);
    }

    public void headers(MultivaluedMap<String, Object> headers) {
        headers.putSingle("X-RateLimit-Limit", limit);
        headers.putSingle("X-RateLimit-Remaining", Math.max(0, limit - window.used()));
        headers.putSingle("X-RateLimit-Reset", window.resetEpochSeconds());
    }
}
