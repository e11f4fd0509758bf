package io.minutebars.simulator.faults;

import io.minutebars.simulator.faults.FaultInjector.Fault;
import io.minutebars.simulator.market.ExchangeId;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * How one venue's REST API counts its requests, reports its budget and answers an injected fault, each the
 * venue's own way, so consumers exercise their real handling. One bean per venue, used by {@link ApiFilters}.
 */
public abstract class VenueRateLimit {
    private final ExchangeId exchange;

    protected VenueRateLimit(ExchangeId exchange) {
        this.exchange = exchange;
    }

    public ExchangeId exchange() {
        return exchange;
    }

    /** Counts one request to {@code path}; returns the usage the venue reports after it (none by default). */
    public int count(String path) {
        return 0;
    }

    /** The answer to a request that an injected fault hits; {@code used} is what {@link #count} returned. */
    public abstract Response fault(Fault fault, int used, long simNow);

    /** Adds the venue's rate-limit headers to a response (none by default). */
    public void headers(ContainerResponseContext response) {
    }

    protected static Response.ResponseBuilder json(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
    }
}
