package io.minutebars.simulator.resource;

import io.minutebars.model.Json;
import io.minutebars.simulator.clock.SimClock;
import io.minutebars.simulator.service.FaultInjector;
import io.minutebars.simulator.service.Simulation;
import io.minutebars.simulator.service.TruthService;
import io.minutebars.simulator.ws.StreamSessions;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Control of the simulation and its ground truth; not part of Binance's API. */
@Path("/sim")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator control", description = "Clock, ground truth, connection drops and injected faults")
public class SimResource {
    private static final String EXCHANGE = "binance (default), bybit, bitmex or nomics";
    private final Simulation simulation;
    private final TruthService truth;
    private final StreamSessions sessions;
    private final FaultInjector faults;

    public SimResource(Simulation simulation, TruthService truth, StreamSessions sessions, FaultInjector faults) {
        this.simulation = simulation;
        this.truth = truth;
        this.sessions = sessions;
        this.faults = faults;
    }

    @GET
    @Path("/clock")
    @Operation(summary = "Simulated now, start and speed (simNow = start + wallElapsed x speed)")
    public Map<String, Object> clock() {
        SimClock clock = simulation.clock();
        long now = clock.now();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("simNow", now);
        m.put("simNowIso", Instant.ofEpochMilli(now).toString());
        m.put("start", clock.start());
        m.put("startIso", Instant.ofEpochMilli(clock.start()).toString());
        m.put("speed", clock.speed());
        m.put("mode", simulation.mode().name());
        return m;
    }

    @POST
    @Path("/clock")
    @Operation(summary = "Changes the speed from now on (0 pauses); simulated time stays continuous")
    public Map<String, Object> setSpeed(@Parameter(description = "simulated ms per wall ms, 0..1000000")
            @RestQuery String speed) {
        double value;
        try {
            value = Double.parseDouble(speed == null ? "" : speed.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException("query parameter 'speed' must be a number, was '" + speed + "'");
        }
        try {
            simulation.clock().speed(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return clock();
    }

    @GET
    @Path("/truth")
    @Operation(summary = "Ground-truth canonical 1m bars of one exchange's market, closed minutes with start <= "
            + "openTime < end; BitMEX volumes are its home/foreign notionals, trade ids the exchange's own")
    public String truth(
            @Parameter(description = EXCHANGE) @RestQuery String exchange,
            @Parameter(description = "native symbol of that exchange, e.g. BTCUSDT, XBTUSD") @RestQuery String symbol,
            @Parameter(description = "inclusive, epoch ms or ISO-8601 instant") @RestQuery String start,
            @Parameter(description = "exclusive, epoch ms or ISO-8601 instant") @RestQuery String end) {
        return Json.write(truth.truth(exchange, symbol, start, end));
    }

    @POST
    @Path("/drop")
    @Operation(summary = "Closes the open WebSocket connections of one exchange, or of all without the parameter "
            + "(clients must reconnect and resume)")
    public Map<String, Object> drop(@Parameter(description = "binance, bybit, bitmex or nomics; default: all")
            @RestQuery String exchange) {
        return Map.of("closed", exchange == null || exchange.isBlank() ? sessions.dropAll()
                : sessions.drop(truth.venue(exchange).exchange()));
    }

    @POST
    @Path("/faults/rate-limit")
    @Operation(summary = "The next N REST calls of the exchange are rate limited: Binance 429 + Retry-After, Bybit "
            + "200 with retCode 10006, BitMEX 429 + Retry-After + X-RateLimit-*, Nomics 429")
    public Map<String, Object> rateLimit(@Parameter(description = EXCHANGE) @RestQuery String exchange,
            @Parameter(description = "how many calls, 1..10000") @RestQuery String count) {
        return Map.of("pending", faults.add(truth.venue(exchange).exchange(), FaultInjector.Fault.RATE_LIMIT,
                count(count)));
    }

    @POST
    @Path("/faults/ban")
    @Operation(summary = "The next N REST calls of the exchange answer an IP ban: Binance 418 + Retry-After, "
            + "Bybit 403, BitMEX 403, Nomics 403")
    public Map<String, Object> ban(@Parameter(description = EXCHANGE) @RestQuery String exchange,
            @Parameter(description = "how many calls, 1..10000") @RestQuery String count) {
        return Map.of("pending", faults.add(truth.venue(exchange).exchange(), FaultInjector.Fault.BAN, count(count)));
    }

    @DELETE
    @Path("/faults")
    @Operation(summary = "Clears every pending injected fault")
    public Map<String, Object> clearFaults() {
        faults.clear();
        return Map.of("pending", 0);
    }

    private static int count(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestException("query parameter 'count' must be an integer from 1 to 10000, was '" + value + "'");
    }
}
