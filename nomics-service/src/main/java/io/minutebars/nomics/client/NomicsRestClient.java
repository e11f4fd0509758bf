package io.minutebars.nomics.client;

import io.minutebars.nomics.dto.NomicsCandleDto;
import io.minutebars.nomics.dto.NomicsTickerDto;
import io.minutebars.nomics.dto.NomicsTradeDto;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A Nomics v1 compatible API (Nomics itself closed in 2023). Base URL: {@code minutebars.exchange.rest-url}.
 * The API key is added as the {@code key} query parameter by {@link NomicsKeyFilter}, as Nomics required.
 */
@RegisterRestClient(configKey = "nomics")
@RegisterProvider(NomicsKeyFilter.class)
@Path("/v1")
public interface NomicsRestClient {

    /** The catalog; its {@code Date} header is the source's clock (Nomics has no time endpoint). */
    @GET
    @Path("/currencies/ticker")
    RestResponse<List<NomicsTickerDto>> ticker(@QueryParam("ids") String ids,
            @QueryParam("interval") String interval, @QueryParam("per-page") Integer perPage,
            @QueryParam("page") Integer page);

    /** Start inclusive, end exclusive, RFC 3339. */
    @GET
    @Path("/exchange-candles")
    List<NomicsCandleDto> candles(@QueryParam("exchange") String exchange,
            @QueryParam("market") String market, @QueryParam("interval") String interval,
            @QueryParam("start") String start, @QueryParam("end") String end);

    /** Trades with id greater than {@code since} (absent: from the oldest kept), ascending. */
    @GET
    @Path("/trades")
    List<NomicsTradeDto> trades(@QueryParam("exchange") String exchange,
            @QueryParam("market") String market, @QueryParam("since") String since,
            @QueryParam("limit") Integer limit);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return NomicsFailures.http(response.getStatus(), response.getHeaderString("Retry-After"));
    }
}
