package io.minutebars.query.resource;

import io.minutebars.query.limits.ExpensiveRequests;
import io.minutebars.service.problem.Problem;
import io.minutebars.query.service.SeriesRequest;
import io.minutebars.query.service.StatsPages;
import io.minutebars.query.service.StatsParams;
import io.minutebars.query.service.StatsService;
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

/** Per-market indicators computed from the stored bars. */
@Path("/api/v1/stats")
@Tag(name = "Statistics", description = "Indicators, composite prices and rankings computed from the stored bars")
public class StatsResource {
    private final StatsService service;
    private final ExpensiveRequests expensive;

    public StatsResource(StatsService service, ExpensiveRequests expensive) {
        this.service = service;
        this.expensive = expensive;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Indicators of one market at each bar of a half-open range",
            description = "At each interval slot with start <= openTime < end: Wilder RSI, n-period simple return, "
                    + "rolling sample standard deviation of log returns and its annualised volatility. Each value "
                    + "depends only on its own fixed window of bars (`warmup` bars ending at the slot), never on the "
                    + "range asked for; a missing, GAP or UNAVAILABLE bar in the window, or an unmet warm-up, gives "
                    + "a null value with the `reason`. `quality` is `exact` or `filled` (an input was repaired from "
                    + "klines). EMPTY bars carry the previous close. Decimals are strings. `limit` counts slots; "
                    + "paging with `nextCursor` / `Link` as for /api/v1/bars. See docs/statistics.md.")
    @APIResponse(responseCode = "200", description = "A page of indicator points",
            headers = @Header(name = "Link", description = "URL of the next page, rel=\"next\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatsPages.Stats.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.STATS_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad period", value = ApiExamples.BAD_PERIOD),
                            @ExampleObject(name = "bad range", value = ApiExamples.BAD_REQUEST)}))
    @APIResponse(responseCode = "404", description = "Unknown exchange, symbol or interval",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown symbol", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "503", description = "Storage unavailable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = ApiExamples.UNAVAILABLE)))
    public Response stats(
            @RestQuery @Parameter(description = "Exchange id", required = true, example = "binance") String exchange,
            @RestQuery @Parameter(description = "Canonical symbol BASE-QUOTE", required = true, example = "BTC-USDT")
            String symbol,
            @RestQuery @Parameter(description = "Bar interval: 1m, 5m, 15m, 1h, 4h or 1d (default 1m)", example = "1m")
            String interval,
            @RestQuery @Parameter(description = "Inclusive start: ISO-8601 instant, UTC date or epoch ms "
                    + "(default: end minus one day)", example = "2024-01-01T00:00:00Z") String start,
            @RestQuery @Parameter(description = "Exclusive end (default: now)", example = "2024-01-02T00:00:00Z")
            String end,
            @RestQuery @Parameter(description = "RSI period, 1..200 (default 14)", example = "14") String rsiPeriod,
            @RestQuery @Parameter(description = "Wilder smoothing steps after the RSI seed, 0..1000 (default 100)",
                    example = "100") String rsiWarmup,
            @RestQuery @Parameter(description = "Log returns in the standard deviation, 2..1000 (default 20)",
                    example = "20") String volWindow,
            @RestQuery @Parameter(description = "n of the n-period simple return, 1..1000 (default 5)", example = "5")
            String returnPeriods,
            @RestQuery @Parameter(description = "Slots per page, 1..1440 (default 1000)", example = "1000") String limit,
            @RestQuery @Parameter(description = "nextCursor of the previous page, unchanged") String cursor,
            @Context UriInfo uri) {
        return expensive.run(() -> {
            StatsPages.Stats page = service.indicators(new StatsParams.Indicators(exchange, symbol, interval,
                    rsiPeriod, rsiWarmup, volWindow, returnPeriods, new SeriesRequest.Range(start, end, limit, cursor)));
            return Responses.page(page, page.nextCursor(), uri, "api/v1/stats");
        });
    }
}
