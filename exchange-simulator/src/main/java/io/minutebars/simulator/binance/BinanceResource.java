package io.minutebars.simulator.binance;

import io.minutebars.simulator.clock.Simulation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Binance spot market-data REST, same paths and payloads. Parameters are taken as strings so malformed
 * values get Binance's own error codes.
 */
@Path("/api/v3")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Binance-compatible REST", description = "Same paths, parameters and payloads as api.binance.com")
public class BinanceResource {
    private final Simulation simulation;
    private final BinanceMarketService marketData;
    private final ExchangeInfoService exchangeInfo;

    public BinanceResource(Simulation simulation, BinanceMarketService marketData, ExchangeInfoService exchangeInfo) {
        this.simulation = simulation;
        this.marketData = marketData;
        this.exchangeInfo = exchangeInfo;
    }

    @GET
    @Path("/ping")
    @Operation(summary = "Connectivity test; answers {}")
    public String ping() {
        return "{}";
    }

    @GET
    @Path("/time")
    @Operation(summary = "Simulated server time (consumers sync their clock from it)")
    public String time() {
        return "{\"serverTime\":" + simulation.advance() + "}";
    }

    @GET
    @Path("/exchangeInfo")
    @Operation(summary = "Markets with their filters and the rate limits")
    public Map<String, Object> exchangeInfo(@RestQuery String symbol, @RestQuery String symbols) {
        return exchangeInfo.exchangeInfo(symbol, symbols);
    }

    @GET
    @Path("/aggTrades")
    @Operation(summary = "Aggregate trades up to the simulated now, by fromId or time window")
    public String aggTrades(@RestQuery String symbol, @RestQuery String fromId, @RestQuery String startTime,
            @RestQuery String endTime, @RestQuery String limit) {
        return marketData.aggTrades(symbol, fromId, startTime, endTime, limit);
    }

    @GET
    @Path("/klines")
    @Operation(summary = "1m klines, the still-open minute included")
    public String klines(@RestQuery String symbol, @RestQuery String interval, @RestQuery String startTime,
            @RestQuery String endTime, @RestQuery String limit) {
        return marketData.klines(symbol, interval, startTime, endTime, limit);
    }
}
