package io.minutebars.simulator.bybit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** Bybit v5 public market REST under {@code /bybit}; errors are HTTP 200 with {@code retCode != 0}. */
@Path("/bybit/v5/market")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bybit-compatible REST", description = "Same paths, parameters and payloads as api.bybit.com/v5/market")
public class BybitResource {
    private final BybitMarketService bybit;

    public BybitResource(BybitMarketService bybit) {
        this.bybit = bybit;
    }

    @GET
    @Path("/time")
    @Operation(summary = "Simulated server time (timeSecond, timeNano)")
    public String time() {
        return bybit.time();
    }

    @GET
    @Path("/instruments-info")
    @Operation(summary = "Markets of a category (spot or linear) with their lot and price filters, paged by cursor")
    public String instruments(@RestQuery String category, @RestQuery String symbol, @RestQuery String limit,
            @RestQuery String cursor) {
        return bybit.instruments(category, symbol, limit, cursor);
    }

    @GET
    @Path("/recent-trade")
    @Operation(summary = "Most recent trades up to the simulated now, newest first (spot <= 60, linear <= 1000)")
    public String recentTrades(@RestQuery String category, @RestQuery String symbol, @RestQuery String limit) {
        return bybit.recentTrades(category, symbol, limit);
    }

    @GET
    @Path("/kline")
    @Operation(summary = "1-minute candles (interval=1), newest first, the still-open minute included")
    public String kline(@RestQuery String category, @RestQuery String symbol, @RestQuery String interval,
            @RestQuery String start, @RestQuery String end, @RestQuery String limit) {
        return bybit.klines(category, symbol, interval, start, end, limit);
    }
}
