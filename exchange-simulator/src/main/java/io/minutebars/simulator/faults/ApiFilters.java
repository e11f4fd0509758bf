package io.minutebars.simulator.faults;

import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.market.ExchangeId;
import io.quarkus.arc.All;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rate-limit accounting as each exchange reports it (its {@link VenueRateLimit}), the simulated time as
 * {@code Date}, and the injected faults, which a consumer must honour.
 */
public class ApiFilters {
    private final Map<ExchangeId, VenueRateLimit> limits;
    private final FaultInjector faults;
    private final Simulation simulation;

    public ApiFilters(@All List<VenueRateLimit> limits, FaultInjector faults, Simulation simulation) {
        this.limits = ExchangeId.each(limits, VenueRateLimit::exchange, "rate limit");
        this.faults = faults;
        this.simulation = simulation;
    }

    /** The exchange whose REST API a path belongs to: Binance at the root, the others under their id. */
    static Optional<ExchangeId> exchangeOf(String path) {
        if (path.startsWith("/api/")) {
            return Optional.of(ExchangeId.BINANCE);
        }
        for (ExchangeId e : ExchangeId.values()) {
            if (e != ExchangeId.BINANCE && path.startsWith("/" + e.id() + "/")) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    @ServerRequestFilter
    public Optional<Response> countAndInject(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Optional<ExchangeId> exchange = exchangeOf(path);
        if (exchange.isEmpty()) {
            return Optional.empty();
        }
        VenueRateLimit limit = limits.get(exchange.get());
        int used = limit.count(path);
        return faults.next(exchange.get()).map(fault -> limit.fault(fault, used, simulation.clock().now()));
    }

    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<ExchangeId> exchange = exchangeOf(request.getUriInfo().getPath());
        if (exchange.isPresent()) {
            // the simulated clock, as a real server's Date header states its own (Nomics has no time endpoint)
            response.getHeaders().putSingle("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Instant.ofEpochMilli(simulation.clock().now()).atZone(ZoneOffset.UTC)));
        }
        // Binance's API is at the root: paths of no exchange (/sim, /q) carry its headers too
        limits.get(exchange.orElse(ExchangeId.BINANCE)).headers(response);
    }
}
