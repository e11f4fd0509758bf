package io.minutebars.simulator.bybit;

import io.minutebars.simulator.faults.FaultInjector.Fault;
import io.minutebars.simulator.faults.VenueRateLimit;
import io.minutebars.simulator.market.ExchangeId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Bybit's injected faults; its budget is not counted (no header reports it outside a fault). */
@Singleton
public class BybitRateLimit extends VenueRateLimit {
    public BybitRateLimit() {
        super(ExchangeId.BYBIT);
    }

    /** The IP limit is a bare HTTP 403; the per-endpoint limit a 200 with retCode 10006, as on Bybit. */
    @Override
    public Response fault(Fault fault, int used, long simNow) {
        return fault == Fault.BAN
                ? Response.status(403).type(MediaType.TEXT_PLAIN).entity("access too frequent").build()
                : json(200, BybitJson.error(10006, "Too many visits!", simNow))
                        .header("X-Bapi-Limit", 600).header("X-Bapi-Limit-Status", 0)
                        .header("X-Bapi-Limit-Reset-Timestamp", System.currentTimeMillis() + 1_000).build();
    }
}
