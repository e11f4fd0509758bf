package io.minutebars.query.resource;

import io.minutebars.query.limits.ExpensiveRequests;
import io.minutebars.service.problem.Problem;
import io.minutebars.query.service.RankingsService;
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

/** Top and bottom markets by n-period return. */
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
    @Operation(summary = "Top and bottom markets by n-period return at each interval close",
            description = "At each interval slot with start <= openTime < end (ranked as of its close): the `n` "
                    + "markets with the highest and the `n` with the lowest `returnPeriods`-period simple return, "
                    + "across all exchanges or one `exchange`. Ties are broken by exchange, then symbol; markets "
                    + "without a value are listed as unranked with the reason. `limit` counts interval closes; "
                    + "paging as for /api/v1/bars. See docs/statistics.md.")
    @APIResponse(responseCode = "200", description = "A page of rankings",
            headers = @Header(name = "Link", description = "URL of the next page, rel=\"next\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatsPages.Ranking.class),
                    examples = @ExampleObject(name = "page", value = ApiExamples.RANKINGS_PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad range", value = ApiExamples.BAD_REQUEST)))
    @APIResponse(responseCode = "404", description = "Unknown exchange, or no market stores the interval",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown exchange", value = ApiExamples.UNKNOWN_EXCHANGE)))
    public Response rankings(
            @RestQuery @Parameter(description = "Bar interval (default 1m)", example = "1m") String interval,
            @RestQuery @Parameter(description = "Inclusive start (default: end minus one day)",
                    example = "2024-01-01T00:00:00Z") String start,
            @RestQuery @Parameter(description = "Exclusive end (default: now)", example = "2024-01-01T01:00:00Z")
            String end,
            @RestQuery @Parameter(description = "Only this exchange's markets (default: all)", example = "binance")
            String exchange,
            @RestQuery @Parameter(description = "Markets in each of the top and bottom lists, 1..100 (default 5)",
                    example = "5") String n,
            @RestQuery @Parameter(description = "n of the n-period return, 1..1000 (default 5)", example = "5")
            String returnPeriods,
            @RestQuery @Parameter(description = "Interval closes per page, 1..1440 (default 60)", example = "60")
            String limit,
            @RestQuery @Parameter(description = "nextCursor of the previous page, unchanged") String cursor,
            @Context UriInfo uri) {
        return expensive.run(() -> {
            StatsPages.Ranking page = service.rankings(new StatsParams.Rankings(interval, exchange, n, returnPeriods,
                    new SeriesRequest.Range(start, end, limit, cursor)));
            return Responses.page(page, page.nextCursor(), uri, "api/v1/rankings");
        });
    }
}
