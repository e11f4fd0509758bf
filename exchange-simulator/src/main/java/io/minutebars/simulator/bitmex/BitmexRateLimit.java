package io.minutebars.simulator.bitmex;

import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.faults.FaultInjector.Fault;
import io.minutebars.simulator.faults.MinuteWindow;
import io.minutebars.simulator.faults.VenueRateLimit;
import io.minutebars.simulator.market.ExchangeId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * BitMEX's request budget as its {@code X-RateLimit-*} headers report it (per wall minute, all callers
 * together). Reported, not enforced: the fault endpoint injects the 429.
 */
@Singleton
public class BitmexRateLimit extends VenueRateLimit {
    private final MinuteWindow window = new MinuteWindow();
    private final int limit;

    public BitmexRateLimit(SimulatorConfig config) {
        super(ExchangeId.BITMEX);
        this.limit = config.bitmex().requestsPerMinute();
    }

    @Override
    public int count(String path) {
        return window.add(1);
    }

    /** Not on a 429: the injected one states its own exhausted budget. */
    @Override
    public void headers(ContainerResponseContext response) {
        if (response.getStatus() == 429) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-RateLimit-Limit", limit);
        headers.putSingle("X-RateLimit-Remaining", Math.max(0, limit - window.used()));
        headers.putSingle("X-RateLimit-Reset", window.resetEpochSeconds());
    }

    @Override
    public Response fault(Fault fault, int used, long simNow) {
        return fault == Fault.BAN
                ? json(403, BitmexJson.error("Forbidden: your IP is temporarily banned.", "HTTPError"))
                        .build()
                : json(429, BitmexJson.error("Rate limit exceeded, retry in 1 seconds.",
                        "RateLimitError"))
                        .header("Retry-After", 1).header("X-RateLimit-Limit", limit)
                        .header("X-RateLimit-Remaining", 0)
                        .header("X-RateLimit-Reset", System.currentTimeMillis() / 1000 + 1).build();
    }
}
