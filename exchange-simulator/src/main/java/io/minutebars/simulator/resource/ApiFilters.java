package io.minutebars.simulator.resource;

import io.minutebars.simulator.config.SimulatorConfig;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.service.BitmexRateLimit;
import io.minutebars.simulator.service.FaultInjector;
import io.minutebars.simulator.service.Simulation;
import io.minutebars.simulator.service.WeightMeter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Rate-limit accounting as each exchange reports it (Binance {@code X-MBX-USED-WEIGHT-1M} on every
 * response, BitMEX {@code X-RateLimit-*} on its own), the simulated time as {@code Date}, and the injected
 * faults, which a consumer must honour.
 */
public class ApiFilters {
    static final String WEIGHT_HEADER = "X-MBX-USED-WEIGHT-1M";
    private final WeightMeter weights;
    private final FaultInjector faults;
    private final BitmexRateLimit bitmex;
    private final Simulation simulation;
    private final int bitmexLimit;

    public ApiFilters(WeightMeter weights, FaultInjector faults, BitmexRateLimit bitmex, Simulation simulation,
            SimulatorConfig config) {
        this.weights = weights;
        this.faults = faults;
        this.bitmex = bitmex;
        this.simulation = simulation;
        this.bitmexLimit = config.bitmex().requestsPerMinute();
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
        int used = exchange.get() == ExchangeId.BINANCE ? weights.add(WeightMeter.weightOf(path)) : weights.used();
        if (exchange.get() == ExchangeId.BITMEX) {
            bitmex.count();
        }
        return faults.next(exchange.get())
                .map(fault -> FaultResponses.of(exchange.get(), fault, used, bitmexLimit, simulation.clock().now()));
    }

    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        Optional<ExchangeId> exchange = exchangeOf(request.getUriInfo().getPath());
        if (exchange.isPresent()) {
            // the simulated clock, as a real server's Date header states its own (Nomics has no time endpoint)
            response.getHeaders().putSingle("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    java.time.Instant.ofEpochMilli(simulation.clock().now()).atZone(java.time.ZoneOffset.UTC)));
        }
        if (exchange.isEmpty() || exchange.get() == ExchangeId.BINANCE) {
            response.getHeaders().putSingle(WEIGHT_HEADER, weights.used());
        } else if (exchange.get() == ExchangeId.BITMEX && response.getStatus() != 429) {
            bitmex.headers(response.getHeaders());
        }
    }
}
