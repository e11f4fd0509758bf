package io.minutebars.query.resource;

import io.minutebars.query.service.ExchangeId;
import io.minutebars.query.service.MarketView;
import io.minutebars.query.service.MarketsService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The markets with stored bars. Descriptions and examples: META-INF/openapi.yaml. */
@Path("/api/v1/markets")
@Tag(name = "Markets")
public class MarketsResource {
    private final MarketsService service;

    public MarketsResource(MarketsService service) {
        this.service = service;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stored markets")
    @APIResponse(responseCode = "200", description = "The markets", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MarketView.Listing.class)))
    public MarketView.Listing markets(
            @QueryParam("exchange") @Parameter(description = "Only this exchange's markets (default: all)",
                    example = "binance") ExchangeId exchange) {
        return service.list(exchange);
    }
}
