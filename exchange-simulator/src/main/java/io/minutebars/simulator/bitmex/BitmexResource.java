package io.minutebars.simulator.bitmex;

import io.minutebars.simulator.clock.Simulation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** BitMEX public REST under {@code /bitmex/api/v1}; every response carries X-RateLimit-* headers. */
@Path("/bitmex/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "BitMEX-compatible REST", description = "Same paths, parameters and payloads as www.bitmex.com/api/v1")
public class BitmexResource {
    private final BitmexMarketService bitmex;
    private final Simulation simulation;

    public BitmexResource(BitmexMarketService bitmex, Simulation simulation) {
        this.bitmex = bitmex;
        this.simulation = simulation;
    }

    @GET
    @Operation(summary = "The API root: name, version and the server's (simulated) time in epoch ms")
    public Map<String, Object> root() {
        return Map.of("name", "BitMEX API", "version", "1.2.0", "timestamp", simulation.clock().now());
    }

    @GET
    @Path("/instrument/active")
    @Operation(summary = "The simulated perpetual swaps (XBTUSD inverse, ...USDT linear)")
    public String activeInstruments() {
        return bitmex.activeInstruments();
    }

    @GET
    @Path("/trade")
    @Operation(summary = "Trades up to the simulated now by inclusive ISO-8601 startTime/endTime, start offset, "
            + "count (default 100, max 1000); oldest first unless reverse=true")
    public String trades(@RestQuery String symbol, @RestQuery String startTime, @RestQuery String endTime,
            @RestQuery String start, @RestQuery String count, @RestQuery String reverse) {
        return bitmex.trades(symbol, startTime, endTime, start, count, reverse);
    }
}
