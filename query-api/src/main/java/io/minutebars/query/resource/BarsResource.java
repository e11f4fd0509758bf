package io.minutebars.query.resource;

import io.minutebars.model.Bar;
import io.minutebars.service.problem.Problem;
import io.minutebars.query.service.BarsParams;
import io.minutebars.query.service.BarsResult;
import io.minutebars.query.service.BarsService;
import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Candles: a page of bars of one market, and its latest bar. Bodies are Vert.x buffers wrapping the
 * cached bytes (zero copy); {@code Buffer.buffer(ByteBuf)} is deprecated in Vert.x 4 only because
 * Vert.x 5 moves it to an internal interface.
 */
@SuppressWarnings("deprecation")
@Path("/api/v1/bars")
@Tag(name = "Bars", description = "Exact OHLCV bars with trade counts, VWAP and taker volumes")
public class BarsResource {
    private final BarsService service;

    public BarsResource(BarsService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Bars of one market in a half-open time range",
            description = "Bars with start <= openTime < end, ordered by openTime, at most `limit` per page. "
                    + "When more bars remain the body carries `nextCursor` and a `Link: <...>; rel=\"next\"` "
                    + "header; `?cursor=` alone repeats the query from there (other parameters, if given, must "
                    + "agree with it; `limit` may change the page size). `end` defaults to now and `start` to "
                    + "one day before `end`. One request may cover at most 31 days of 1m bars (configurable "
                    + "per interval).")
    @APIResponse(responseCode = "200", description = "A page of bars",
            headers = @Header(name = "Link", description = "URL of the next page, rel=\"next\", when bars remain",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BarsPageSchema.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.BARS_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad range", value = ApiExamples.BAD_REQUEST)))
    @APIResponse(responseCode = "404", description = "Unknown exchange, symbol or interval",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown symbol", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "503", description = "Storage unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = ApiExamples.UNAVAILABLE)))
    public Response bars(
            @RestQuery @Parameter(description = "Exchange id", required = true, example = "binance") String exchange,
            @RestQuery @Parameter(description = "Canonical symbol BASE-QUOTE", required = true, example = "BTC-USDT")
            String symbol,
            @RestQuery @Parameter(description = "Bar interval: 1m, 5m, 15m, 1h, 4h or 1d (default 1m)",
                    example = "1m") String interval,
            @RestQuery @Parameter(description = "Inclusive start: ISO-8601 instant, UTC date or epoch ms "
                    + "(default: end minus one day)", example = "2024-01-01T00:00:00Z") String start,
            @RestQuery @Parameter(description = "Exclusive end: ISO-8601 instant, UTC date or epoch ms "
                    + "(default: now)", example = "2024-01-02T00:00:00Z") String end,
            @RestQuery @Parameter(description = "Most bars per page, 1..10000 (default 1000)", example = "1000")
            String limit,
            @RestQuery @Parameter(description = "nextCursor of the previous page, unchanged (signed: a changed "
                    + "cursor is a 400)", example = ApiExamples.CURSOR)
            String cursor,
            @Context UriInfo uri) {
        BarsResult result = service.bars(new BarsParams(exchange, symbol, interval, start, end, limit, cursor));
        Response.ResponseBuilder ok = Response.ok(Buffer.buffer(result.body()), MediaType.APPLICATION_JSON_TYPE);
        if (result.nextCursor() != null) {
            String next = uri.getBaseUriBuilder().path("api/v1/bars").queryParam("cursor", result.nextCursor())
                    .build().toString();
            ok.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return ok.build();
    }

    @GET
    @Path("/latest")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest stored bar of one market",
            description = "The bar with the highest openTime stored for the market and interval, in the "
                    + "canonical wire form (it may be revised later, see `revision`).")
    @APIResponse(responseCode = "200", description = "The latest bar",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Bar.class),
                    examples = @ExampleObject(name = "bar", value = ApiExamples.BAR)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad symbol", value = ApiExamples.BAD_SYMBOL)))
    @APIResponse(responseCode = "404", description = "Unknown market, or no bar stored yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown symbol", value = ApiExamples.NOT_FOUND)))
    public Response latest(
            @RestQuery @Parameter(description = "Exchange id", required = true, example = "binance") String exchange,
            @RestQuery @Parameter(description = "Canonical symbol BASE-QUOTE", required = true, example = "BTC-USDT")
            String symbol,
            @RestQuery @Parameter(description = "Bar interval (default 1m)", example = "1m") String interval) {
        return Response.ok(Buffer.buffer(service.latest(exchange, symbol, interval)), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }
}
