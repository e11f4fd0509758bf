package io.minutebars.simulator.truth;

import io.minutebars.model.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The ground truth that consumers are judged against; not part of any exchange's API. */
@Path("/sim/truth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simulator control", description = "Clock, ground truth, connection drops and injected faults")
public class TruthResource {
    private final TruthService truth;

    public TruthResource(TruthService truth) {
        this.truth = truth;
    }

    @GET
    @Operation(summary = "Ground-truth canonical 1m bars of one exchange's market, closed minutes with start <= "
            + "openTime < end; BitMEX volumes are its home/foreign notionals, trade ids the exchange's own")
    public String truth(
            @Parameter(description = "binance (default), bybit, bitmex or nomics") @RestQuery String exchange,
            @Parameter(description = "native symbol of that exchange, e.g. BTCUSDT, XBTUSD") @RestQuery String symbol,
            @Parameter(description = "inclusive, epoch ms or ISO-8601 instant") @RestQuery String start,
            @Parameter(description = "exclusive, epoch ms or ISO-8601 instant") @RestQuery String end) {
        return Json.write(truth.truth(exchange, symbol, start, end));
    }
}
