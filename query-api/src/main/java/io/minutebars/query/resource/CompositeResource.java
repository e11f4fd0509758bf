package io.minutebars.query.resource;

import io.minutebars.query.limits.ExpensiveRequests;
import io.minutebars.service.problem.Problem;
import io.minutebars.query.service.CompositeService;
import io.minutebars.query.service.SeriesRequest;
import io.minutebars.query.service.StatsPages;
import io.minutebars.query.service.StatsParams;
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

/** The cross-venue composite price of a base asset. */
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
    @Operation(summary = "Composite bars of a base asset across venues quoted in a quote family",
            description = "At each interval slot with start <= openTime < end: the base-volume-weighted OHLC, volume, "
                    + "quote volume and vwap over every stored market (any exchange) of the base with a quote in the "
                    + "family. Venues with no data (no bar, GAP, UNAVAILABLE), no trades (EMPTY) or, with 3 or more "
                    + "venues, a price further than 5 x 1.4826 x MAD from the median are excluded, each with its "
                    + "reason; every constituent is listed with its price, volume and weight. `quality` is `exact` "
                    + "unless a venue lacked data or an input was FILLED (`partial`). See docs/statistics.md.")
    @APIResponse(responseCode = "200", description = "A page of composite bars",
            headers = @Header(name = "Link", description = "URL of the next page, rel=\"next\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatsPages.Composite.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.COMPOSITE_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed, or the quote family is unknown",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown family", value = ApiExamples.BAD_FAMILY)))
    @APIResponse(responseCode = "404", description = "No stored market of the base in the family",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no market", value = ApiExamples.NO_COMPOSITE)))
    public Response composite(
            @RestQuery @Parameter(description = "Base asset", required = true, example = "BTC") String base,
            @RestQuery @Parameter(description = "Quote family (configured; default usd = USD, USDT, USDC)",
                    example = "usd") String family,
            @RestQuery @Parameter(description = "Bar interval (default 1m)", example = "1m") String interval,
            @RestQuery @Parameter(description = "Inclusive start (default: end minus one day)",
                    example = "2024-01-01T00:00:00Z") String start,
            @RestQuery @Parameter(description = "Exclusive end (default: now)", example = "2024-01-02T00:00:00Z")
            String end,
            @RestQuery @Parameter(description = "Slots per page, 1..1440 (default 1000)", example = "1000") String limit,
            @RestQuery @Parameter(description = "nextCursor of the previous page, unchanged") String cursor,
            @Context UriInfo uri) {
        return expensive.run(() -> {
            StatsPages.Composite page = service.composite(new StatsParams.Composite(base, family, interval,
                    new SeriesRequest.Range(start, end, limit, cursor)));
            return Responses.page(page, page.nextCursor(), uri, "api/v1/composite");
        });
    }
}
