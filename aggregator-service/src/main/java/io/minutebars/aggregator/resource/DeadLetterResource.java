package io.minutebars.aggregator.resource;

import io.minutebars.aggregator.messaging.DeadLetterReplay;
import io.minutebars.service.security.ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The dead-letter queues, for operators: what they hold, and one request to send their messages back. */
@Path("/api/v1/dead-letters")
@RolesAllowed(ApiKeys.OPERATOR)
public class DeadLetterResource {
    @Inject DeadLetterReplay replay;

    @GET
    @Operation(summary = "Messages in each dead-letter queue and why the first few were parked (operator key)")
    public List<DeadLetterReplay.QueueState> queues() throws Exception {
        return replay.inspect();
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Sends dead letters back to their exchange and routing key (operator key)",
            description = "Each is republished with a confirm before it leaves the dead-letter queue.")
    public Map<String, Object> replay(
            @Parameter(description = "bars or events", example = "bars") @QueryParam("queue") @DefaultValue("bars")
            String queue,
            @Parameter(description = "1..100000", example = "1000") @QueryParam("limit") @DefaultValue("1000") int limit)
            throws Exception {
        if (limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("limit must be within 1..100000, was " + limit);
        }
        return Map.of("queue", queue, "replayed", replay.replay(queue, limit));
    }
}
