package io.minutebars.query.resource;

import io.minutebars.model.Bar;
import io.minutebars.model.Interval;
import io.minutebars.query.service.BarsParams;
import io.minutebars.query.service.BarsResult;
import io.minutebars.query.service.BarsService;
import io.minutebars.query.service.ExchangeId;
import io.minutebars.query.service.MarketSymbol;
import io.vertx.core.buffer.Buffer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Candles: a page of bars of one market, and its latest bar. Bodies are Vert.x buffers wrapping the
 * cached bytes (zero copy); {@code Buffer.buffer(ByteBuf)} is deprecated in Vert.x 4 only because
 * Vert.x 5 moves it to an internal interface. Descriptions and examples: META-INF/openapi.yaml.
 */
@SuppressWarnings("deprecation")
@Path("/api/v1/bars")
@Tag(name = "Bars")
public class BarsResource {
    private final BarsService service;

    public BarsResource(BarsService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bars of one market in a half-open time range")
    @APIResponse(responseCode = "200", description = "A page of bars", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BarsPageSchema.class)))
    public Response bars(
            @QueryParam("exchange") @Parameter(description = "Exchange id", required = true, example = "binance")
            ExchangeId exchange,
            @QueryParam("symbol") @Parameter(description = "Canonical symbol BASE-QUOTE", required = true,
                    example = "BTC-USDT") MarketSymbol symbol,
            @QueryParam("interval") @Parameter(description = "Bar interval (default 1m)", example = "1m")
            Interval interval,
            @QueryParam("start") @Parameter(description = "Inclusive start: ISO-8601 instant, UTC date or epoch ms "
                    + "(default: end minus one day)", example = "2024-01-01T00:00:00Z") Instant start,
            @QueryParam("end") @Parameter(description = "Exclusive end: ISO-8601 instant, UTC date or epoch ms "
                    + "(default: now)", example = "2024-01-02T00:00:00Z") Instant end,
            @QueryParam("limit") @Parameter(description = "Most bars per page, 1..10000 (default 1000)",
                    example = "1000") @Min(value = 1, message = ParamBounds.LIMIT)
            @Max(value = ParamBounds.MAX_LIMIT, message = ParamBounds.LIMIT) Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page, unchanged (signed: a "
                    + "changed cursor is a 400)", example = ApiExamples.CURSOR) String cursor,
            @Context UriInfo uri) {
        BarsResult result = service.bars(new BarsParams(exchange, symbol, interval, start, end, limit, cursor));
        return Responses.page(Buffer.buffer(result.body()), result.nextCursor(), uri, "api/v1/bars");
    }

    @GET
    @Path("/latest")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest stored bar of one market")
    @APIResponse(responseCode = "200", description = "The latest bar", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bar.class)))
    public Response latest(
            @QueryParam("exchange") @Parameter(description = "Exchange id", required = true, example = "binance")
            ExchangeId exchange,
            @QueryParam("symbol") @Parameter(description = "Canonical symbol BASE-QUOTE", required = true,
                    example = "BTC-USDT") MarketSymbol symbol,
            @QueryParam("interval") @Parameter(description = "Bar interval (default 1m)", example = "1m")
            Interval interval) {
        return Response.ok(Buffer.buffer(service.latest(exchange, symbol, interval)), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
