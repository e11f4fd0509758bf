package io.minutebars.bitmex.client;

import io.minutebars.bitmex.dto.BitmexApiInfoDto;
import io.minutebars.bitmex.dto.BitmexInstrumentDto;
import io.minutebars.bitmex.dto.BitmexTradeDto;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** BitMEX public REST. Base URL: {@code minutebars.exchange.rest-url} (the part before {@code /api/v1}). */
@RegisterRestClient(configKey = "bitmex")
@Path("/api/v1")
public interface BitmexRestClient {

    @GET
    BitmexApiInfoDto info();

    @GET
    @Path("/instrument/active")
    List<BitmexInstrumentDto> activeInstruments();

    /** Oldest first unless {@code reverse}; times ISO-8601 and inclusive; {@code count} at most 1000. */
    @GET
    @Path("/trade")
    List<BitmexTradeDto> trades(@QueryParam("symbol") String symbol, @QueryParam("startTime") String startTime,
            @QueryParam("endTime") String endTime, @QueryParam("start") Integer start,
            @QueryParam("count") Integer count, @QueryParam("reverse") Boolean reverse);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return BitmexFailures.http(response);
    }
}
