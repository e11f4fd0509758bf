package io.minutebars.simulator.nomics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Nomics v1 under {@code /nomics/v1} (documented shapes); every call needs {@code key}, else 401. */
@Path("/nomics/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nomics-compatible REST", description = "The documented api.nomics.com/v1 shapes (the service shut down in 2023)")
public class NomicsResource {
    private final NomicsMarketService nomics;

    public NomicsResource(NomicsMarketService nomics) {
        this.nomics = nomics;
    }

    @GET
    @Path("/currencies/ticker")
    @Operation(summary = "One row per base currency of the simulated markets, priced at its last trade")
    public List<Map<String, Object>> ticker(@RestQuery String key, @RestQuery String ids,
            @RestQuery("per-page") String perPage, @RestQuery String page) {
        return nomics.ticker(key, ids, perPage, page);
    }

    @GET
    @Path("/exchange{separator:[-_]}candles")
    @Operation(summary = "Closed 1m candles of a raw exchange market, start inclusive, end exclusive (RFC 3339); "
            + "also under its older spelling exchange_candles")
    public String candles(@RestQuery String key, @RestQuery String exchange, @RestQuery String market,
            @RestQuery String interval, @RestQuery String start, @RestQuery String end) {
        return nomics.candles(key, exchange, market, interval, start, end);
    }

    @GET
    @Path("/trades")
    @Operation(summary = "Exchange trades with id > since, ascending, at most limit (default 100, max 1000)")
    public String trades(@RestQuery String key, @RestQuery String exchange, @RestQuery String market,
            @RestQuery String since, @RestQuery String limit) {
        return nomics.trades(key, exchange, market, since, limit);
    }
}
