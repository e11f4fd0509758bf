package io.minutebars.query.resource;

import io.minutebars.query.limits.ExpensiveRequests;
import io.minutebars.query.service.StatsPages;
import io.minutebars.query.service.StatsParams;
import io.minutebars.query.service.CompositeService;
import jakarta.validation.Valid;
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
            @Valid @BeanParam SlotParams slots, @Context UriInfo uri) {
        return expensive.run(() -> {
            StatsPages.Composite page = service.composite(new StatsParams.Composite(base, family, slots.interval,
                    slots.range()));
            return Responses.page(page, page.nextCursor(), uri, "api/v1/composite");
        });
    }
}
