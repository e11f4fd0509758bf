package io.minutebars.simulator.faults;

import io.minutebars.simulator.api.ExchangeParam;
import io.minutebars.simulator.stream.StreamSessions;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Forced disconnects and injected REST faults, which consumers must survive; not part of any exchange's API. */
@Path("/sim")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator control", description = "Clock, ground truth, connection drops and injected faults")
public class FaultResource {
    private static final String EXCHANGE = "binance (default), bybit, bitmex or nomics";
    private final StreamSessions sessions;
    private final FaultInjector faults;

    public FaultResource(StreamSessions sessions, FaultInjector faults) {
        this.sessions = sessions;
        this.faults = faults;
    }

    @POST
    @Path("/drop")
    @Operation(summary = "Closes the open WebSocket connections of one exchange, or of all without the parameter "
            + "(clients must reconnect and resume)")
    public Map<String, Object> drop(@Parameter(description = "binance, bybit, bitmex or nomics; default: all")
            @RestQuery String exchange) {
        return Map.of("closed", exchange == null || exchange.isBlank() ? sessions.dropAll()
                : sessions.drop(ExchangeParam.of(exchange)));
    }

    @POST
    @Path("/faults/rate-limit")
    @Operation(summary = "The next N REST calls of the exchange are rate limited: Binance 429 + Retry-After, Bybit "
            + "200 with retCode 10006, BitMEX 429 + Retry-After + X-RateLimit-*, Nomics 429")
    public Map<String, Object> rateLimit(@Parameter(description = EXCHANGE) @RestQuery String exchange,
            @Parameter(description = "how many calls, 1..10000") @RestQuery String count) {
        return inject(exchange, FaultInjector.Fault.RATE_LIMIT, count);
    }

    @POST
    @Path("/faults/ban")
    @Operation(summary = "The next N REST calls of the exchange answer an IP ban: Binance 418 + Retry-After, "
            + "Bybit 403, BitMEX 403, Nomics 403")
    public Map<String, Object> ban(@Parameter(description = EXCHANGE) @RestQuery String exchange,
            @Parameter(description = "how many calls, 1..10000") @RestQuery String count) {
        return inject(exchange, FaultInjector.Fault.BAN, count);
    }

    @DELETE
    @Path("/faults")
    @Operation(summary = "Clears every pending injected fault")
    public Map<String, Object> clearFaults() {
        faults.clear();
        return Map.of("pending", 0);
    }

    private Map<String, Object> inject(String exchange, FaultInjector.Fault fault, String count) {
        return Map.of("pending", faults.add(ExchangeParam.of(exchange), fault, count(count)));
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
