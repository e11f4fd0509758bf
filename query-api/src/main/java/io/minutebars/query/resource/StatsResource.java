package io.minutebars.query.resource;

import io.minutebars.query.limits.ExpensiveRequests;
import io.minutebars.query.service.StatsPages;
import io.minutebars.query.service.StatsParams;
import io.minutebars.query.service.ExchangeId;
import io.minutebars.query.service.MarketSymbol;
import io.minutebars.query.service.StatsService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Per-market indicators computed from the stored bars. Descriptions and examples: META-INF/openapi.yaml. */
@Path("/api/v1/stats")
@Tag(name = "Statistics")
public class StatsResource {
    private final StatsService service;
    private final ExpensiveRequests expensive;

    public StatsResource(StatsService service, ExpensiveRequests expensive) {
        this.service = service;
        this.expensive = expensive;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Indicators of one market at each bar of a half-open range")
    @APIResponse(responseCode = "200", description = "A page of indicator points", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsPages.Stats.class)))
    public Response stats(
            @QueryParam("exchange") @Parameter(description = "Exchange id", required = true, example = "binance")
            ExchangeId exchange,
            @QueryParam("symbol") @Parameter(description = "Canonical symbol BASE-QUOTE", required = true,
                    example = "BTC-USDT") MarketSymbol symbol,
            @QueryParam("rsiPeriod") @Parameter(description = "RSI period, 1..200 (default 14)", example = "14")
            @Min(value = 1, message = ParamBounds.RSI_PERIOD)
            @Max(value = ParamBounds.MAX_RSI_PERIOD, message = ParamBounds.RSI_PERIOD)
            Integer rsiPeriod,
            @QueryParam("rsiWarmup") @Parameter(
                    description = "Wilder smoothing steps after the RSI seed, 0..1000 (default 100)",
                    example = "100")
            @Min(value = 0, message = ParamBounds.RSI_WARMUP)
            @Max(value = ParamBounds.MAX_RSI_WARMUP, message = ParamBounds.RSI_WARMUP)
            Integer rsiWarmup,
            @QueryParam("volWindow") @Parameter(
                    description = "Log returns in the standard deviation, 2..1000 (default 20)",
                    example = "20")
            @Min(value = 2, message = ParamBounds.VOL_WINDOW)
            @Max(value = ParamBounds.MAX_VOL_WINDOW, message = ParamBounds.VOL_WINDOW)
            Integer volWindow,
            @QueryParam("returnPeriods") @Parameter(
                    description = "n of the n-period simple return, 1..1000 (default 5)",
                    example = "5")
            @Min(value = 1, message = ParamBounds.RETURN_PERIODS)
            @Max(value = ParamBounds.MAX_RETURN_PERIODS, message = ParamBounds.RETURN_PERIODS)
            Integer returnPeriods,
            @Valid @BeanParam SlotParams slots, @Context UriInfo uri) {
        return expensive.run(() -> {
            StatsPages.Stats page = service.indicators(new StatsParams.Indicators(exchange, symbol, slots.interval,
                    rsiPeriod, rsiWarmup, volWindow, returnPeriods, slots.range()));
            return Responses.page(page, page.nextCursor(), uri, "api/v1/stats");
        });
    }
}
