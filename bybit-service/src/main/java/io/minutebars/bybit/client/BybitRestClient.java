package io.minutebars.bybit.client;

import io.minutebars.bybit.dto.BybitResponse;
import io.minutebars.bybit.dto.InstrumentDto;
import io.minutebars.bybit.dto.KlineDto;
import io.minutebars.bybit.dto.RecentTradeDto;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Bybit v5 public market data. Base URL: {@code minutebars.exchange.rest-url}. */
@RegisterRestClient(configKey = "bybit")
@Path("/v5/market")
public interface BybitRestClient {

    @GET
    @Path("/time")
    BybitResponse<Object> time();

    @GET
    @Path("/instruments-info")
    BybitResponse<InstrumentDto.Page> instruments(@QueryParam("category") String category,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    /** Recent trades only: Bybit keeps no paged trade history (spot: at most 60). */
    @GET
    @Path("/recent-trade")
    BybitResponse<RecentTradeDto.Page> recentTrades(@QueryParam("category") String category,
            @QueryParam("symbol") String symbol, @QueryParam("limit") Integer limit);

    /** Newest first; interval {@code 1} is one minute; start/end in ms, inclusive. */
    @GET
    @Path("/kline")
    BybitResponse<KlineDto> klines(@QueryParam("category") String category, @QueryParam("symbol") String symbol,
            @QueryParam("interval") String interval, @QueryParam("start") Long start, @QueryParam("end") Long end,
            @QueryParam("limit") Integer limit);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return BybitFailures.http(response.getStatus(), response.getHeaderString("Retry-After"));
    }
}
