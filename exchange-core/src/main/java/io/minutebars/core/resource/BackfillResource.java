package io.minutebars.core.resource;

import io.minutebars.core.backfill.BackfillJob;
import io.minutebars.core.backfill.BackfillService;
import io.minutebars.service.security.ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Collection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The exchange service's own HTTP API for backfills of {@code [start, end)}. */
@Path("/api/v1/backfill")
public class BackfillResource {

    @Inject
    BackfillService service;

    @Schema(description = "A backfill request; start and end are whole UTC minutes, the range is half-open")
    public record BackfillRequest(
            @Schema(example = "BTCUSDT", description = "the exchange's native symbol") String symbol,
            @Schema(example = "2024-01-01T00:00:00Z") Instant start,
            @Schema(example = "2024-01-01T01:00:00Z") Instant end) {
    }

    @POST
    @RolesAllowed(ApiKeys.OPERATOR)
    @Operation(summary = "Backfill a market over [start, end) from REST trades (operator key)",
            description = "Bars are published with source BACKFILL; returns the queued job (202).")
    public Response submit(BackfillRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {symbol, start, end} is required");
        }
        BackfillJob job = service.submit(request.symbol(), request.start(), request.end());
        return Response.accepted(job).location(uri.getAbsolutePathBuilder().path(job.getId()).build())
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Progress of a backfill job")
    public BackfillJob job(@PathParam("id") String id) {
        return service.job(id).orElseThrow(() -> new NotFoundException("no backfill job " + id));
    }

    @GET
    @Operation(summary = "Every backfill job since start-up")
    public Collection<BackfillJob> jobs() {
        return service.jobs();
    }
}
