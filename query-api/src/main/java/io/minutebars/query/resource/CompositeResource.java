package io.minutebars.query.resource;

import io.minutebars.model.Interval;
import io.minutebars.query.limits.ExpensiveRequests;
import io.minutebars.query.service.PageRequest;
import io.minutebars.query.service.StatsPages;
import io.minutebars.query.service.StatsParams;
import io.minutebars.query.service.CompositeService;
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

/** The cross-venue composite price of a base asset. Descriptions and examples: META-INF/openapi.yaml. */
@Path("/api/v1/composite")
@Tag(name = "Statistics")
public class CompositeResource {
    private final CompositeService service;
    private final ExpensiveRequests expensive;

    public CompositeResource(CompositeService service, ExpensiveRequests expensive) {
        this.service = service;
        this.expensive = expensive;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Composite bars of a base asset across venues quoted in a quote family")
    @APIResponse(responseCode = "200", description = "A page of composite bars", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatsPages.Composite.class)))
    public Response composite(
            @QueryParam("base") @Parameter(description = "Base asset", required = true, example = "BTC") String base,
            @QueryParam("family") @Parameter(description = "Quote family (configured; default usd = USD, USDT, USDC)",
                    example = "usd") String family,
            @QueryParam("interval") @Parameter(description = "Bar interval (default 1m)", example = "1m")
            Interval interval,
            @QueryParam("start") @Parameter(description = "Inclusive start: ISO-8601 instant, UTC date or epoch ms "
                    + "(default: end minus one day)", example = "2024-01-01T00:00:00Z") Instant start,
            @QueryParam("end") @Parameter(description = "Exclusive end (default: now)",
                    example = "2024-01-02T00:00:00Z")
            Instant end,
            @QueryParam("limit") @Parameter(description = "Slots per page, 1..1440 (default 1000)", example = "1000")
            @Min(value = 1, message = ParamBounds.SLOTS)
            @Max(value = ParamBounds.MAX_SLOTS, message = ParamBounds.SLOTS)
            Integer limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page, unchanged") String cursor,
            @Context UriInfo uri) {
        return expensive.run(() -> {
            StatsPages.Composite page = service.composite(new StatsParams.Composite(base, family, interval,
                    new PageRequest.Range(start, end, limit, cursor)));
            return Responses.page(page, page.nextCursor(), uri, "api/v1/composite");
        });
    }
}
