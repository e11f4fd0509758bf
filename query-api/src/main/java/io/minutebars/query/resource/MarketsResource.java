package io.minutebars.query.resource;

import io.minutebars.service.problem.Problem;
import io.minutebars.query.service.MarketView;
import io.minutebars.query.service.MarketsService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The markets with stored bars. */
@Path("/api/v1/markets")
@Tag(name = "Markets", description = "Which markets have bars, and over which range")
public class MarketsResource {
    private final MarketsService service;

    public MarketsResource(MarketsService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stored markets",
            description = "Each exchange and symbol with its native symbol and, per stored interval, the open "
                    + "times of its first and last bar. Ordered by exchange and symbol.")
    @APIResponse(responseCode = "200", description = "The markets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MarketView.Listing.class),
                    examples = @ExampleObject(name = "markets", value = ApiExamples.MARKETS)))
    @APIResponse(responseCode = "400", description = "Malformed exchange id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad exchange", value = ApiExamples.BAD_EXCHANGE)))
    @APIResponse(responseCode = "404", description = "No market of that exchange is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown exchange", value = ApiExamples.UNKNOWN_EXCHANGE)))
    public MarketView.Listing markets(
            @RestQuery @Parameter(description = "Only this exchange's markets (default: all)", example = "binance")
            String exchange) {
        return service.list(exchange);
    }
}
