package io.minutebars.simulator.resource;

import io.minutebars.simulator.service.BinanceJson;
import io.minutebars.simulator.service.FaultInjector;
import io.minutebars.simulator.service.WeightMeter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Binance's request-weight accounting ({@code X-MBX-USED-WEIGHT-1M} on every response) and the injected
 * 429/418 faults, which a consumer must honour through {@code Retry-After}.
 */
public class ApiFilters {
    static final String WEIGHT_HEADER = "X-MBX-USED-WEIGHT-1M";
    private final WeightMeter weights;
    private final FaultInjector faults;

    public ApiFilters(WeightMeter weights, FaultInjector faults) {
        this.weights = weights;
        this.faults = faults;
    }

    @ServerRequestFilter
    public Optional<Response> countAndInject(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        int used = weights.add(WeightMeter.weightOf(path));
        return faults.next().map(fault -> fault == FaultInjector.Fault.BAN
                ? Response.status(418).header("Retry-After", "2").header(WEIGHT_HEADER, used)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(BinanceJson.error(-1003, "Way too much request weight used; IP banned until "
                                + (System.currentTimeMillis() + 2_000)
                                + ". Please use the websocket for live updates to avoid bans."))
                        .build()
                : Response.status(429).header("Retry-After", "1").header(WEIGHT_HEADER, used)
                        .type(MediaType.APPLICATION_JSON)
                        .entity(BinanceJson.error(-1003, "Too much request weight used; current limit is "
                                + WeightMeter.LIMIT + " request weight per 1 MINUTE. Please use the websocket for "
                                + "live updates to avoid polling the API."))
                        .build());
    }

    @ServerResponseFilter
    public void weightHeader(ContainerResponseContext response) {
        response.getHeaders().putSingle(WEIGHT_HEADER, weights.used());
    }
}
