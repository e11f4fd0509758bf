package io.minutebars.simulator.nomics;

import io.minutebars.simulator.faults.FaultInjector.Fault;
import io.minutebars.simulator.faults.VenueRateLimit;
import io.minutebars.simulator.market.ExchangeId;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

/** Nomics' injected faults; its budget is not counted (Nomics sent no rate-limit headers). */
@Singleton
public class NomicsRateLimit extends VenueRateLimit {
    public NomicsRateLimit() {
        super(ExchangeId.NOMICS);
    }

    @Override
    public Response fault(Fault fault, int used, long simNow) {
        return fault == Fault.BAN ? json(403, NomicsApiException.error("API key suspended")).build()
                : json(429, NomicsApiException.error("rate limit exceeded")).header("Retry-After", 1)
                        .build();
    }
}
