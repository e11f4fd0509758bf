package io.minutebars.binance.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.binance.dto.AggTradeDto;
import io.minutebars.binance.dto.ExchangeInfoDto;
import io.minutebars.binance.dto.ServerTimeDto;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/** Binance spot market-data REST API (public endpoints only). Base URL: {@code minutebars.exchange.rest-url}. */
@RegisterRestClient(configKey = "binance")
@Path("/api/v3")
public interface BinanceRestClient {

    @GET
    @Path("/time")
    ServerTimeDto time();

    @GET
    @Path("/exchangeInfo")
    ExchangeInfoDto exchangeInfo();

    /** fromId, startTime and endTime are inclusive; omit what is not used (null). */
    @GET
    @Path("/aggTrades")
    List<AggTradeDto> aggTrades(@QueryParam("symbol") String symbol, @QueryParam("fromId") Long fromId,
            @QueryParam("startTime") Long startTime, @QueryParam("endTime") Long endTime,
            @QueryParam("limit") Integer limit);

    /** 12-element arrays: open time, o, h, l, c, v, close time, quote volume, trades, taker buy v, taker buy q, ignore. */
    @GET
    @Path("/klines")
    List<JsonNode> klines(@QueryParam("symbol") String symbol, @QueryParam("interval") String interval,
            @QueryParam("startTime") Long startTime, @QueryParam("endTime") Long endTime,
            @QueryParam("limit") Integer limit);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return BinanceErrors.fromResponse(response);
    }
}
