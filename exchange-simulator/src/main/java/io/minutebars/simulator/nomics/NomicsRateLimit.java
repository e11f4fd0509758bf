package io.minutebars.simulator.nomics;

import io.minutebars.simulator.faults.FaultInjector.Fault;
import io.minutebars.simulator.faults.VenueRateLimit;
import io.minutebars.simulator.market.ExchangeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** Nomics' injected faults; its budget is not counted (Nomics sent no rate-limit headers). */
@ApplicationScoped
public class NomicsRateLimit implements VenueRateLimit {

    @Override
    public ExchangeId exchange() {
        return ExchangeId.NOMICS;
    }

    @Override
    public Response fault(Fault fault, int used, long simNow) {
        return fault == Fault.BAN ? VenueRateLimit.json(403, NomicsApiException.error("API key suspended")).build()
                : VenueRateLimit.json(429, NomicsApiException.error("rate limit exceeded")).header("Retry-After", 1)
                        .build();
    }
}
