package io.minutebars.query.resource;

import io.minutebars.query.limits.ExpensiveRequests;
import io.minutebars.query.service.StatsPages;
import io.minutebars.query.service.StatsParams;
import io.minutebars.query.service.ExchangeId;
import io.minutebars.query.service.RankingsService;
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

/** Top and bottom markets by n-period return. Descriptions and examples: META-INF/openapi.yaml. */
@Path("/api/v1/rankings")
@Tag(name = "Statistics")
public class RankingsResource {
    private final RankingsService service;
    private final ExpensiveRequests expensive;

    public RankingsResource(RankingsService service, ExpensiveRequests expensive) {
        this.service = service;
        this.expensive = expensive;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Top and bottom markets by n-period return at each interval close")
    @APIResponse(responseCode = "200", description = "A page of rankings", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsPages.Ranking.class)))
    public Response rankings(
            @QueryParam("exchange") @Parameter(description = "Only this exchange's markets (default: all)",
                    example = "binance") ExchangeId exchange,
            @QueryParam("n") @Parameter(description = "Markets in each of the top and bottom lists, 1..100 (default 5)",
                    example = "5")
            @Min(value = 1, message = ParamBounds.N) @Max(value = ParamBounds.MAX_N, message = ParamBounds.N)
            Integer n,
            @QueryParam("returnPeriods") @Parameter(description = "n of the n-period return, 1..1000 (default 5)",
                    example = "5")
            @Min(value = 1, message = ParamBounds.RETURN_PERIODS)
            @Max(value = ParamBounds.MAX_RETURN_PERIODS, message = ParamBounds.RETURN_PERIODS)
            Integer returnPeriods,
            @Valid @BeanParam SlotParams slots, @Context UriInfo uri) {
        return expensive.run(() -> {
            StatsPages.Ranking page = service.rankings(new StatsParams.Rankings(slots.interval, exchange, n,
                    returnPeriods, slots.range()));
            return Responses.page(page, page.nextCursor(), uri, "api/v1/rankings");
        });
    }
}
