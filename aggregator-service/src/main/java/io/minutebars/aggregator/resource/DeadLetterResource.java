package io.minutebars.aggregator.resource;

import io.minutebars.aggregator.config.AggregatorConfig;
import io.minutebars.aggregator.messaging.DeadLetterQueues;
import io.minutebars.service.security.ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The dead-letter queues, for operators only: what is in them and, once the cause is fixed, their replay. */
@Path("/api/v1/dead-letters")
@RolesAllowed(ApiKeys.OPERATOR)
public class DeadLetterResource {
    @Inject DeadLetterQueues queues;
    @Inject AggregatorConfig config;

    public record Listing(List<DeadLetterQueues.QueueView> queues) {
    }

    public record Replay(int replayed, List<DeadLetterQueues.Replayed> queues) {
    }

    @GET
    @Operation(summary = "Messages in each dead-letter queue (bars, events) and the reasons of the first few")
    public Listing list() {
        try {
            return new Listing(queues.list());
        } catch (IOException | TimeoutException e) {
            throw unavailable(e);
        }
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Moves dead letters back to their original exchange and routing key, each confirmed by the "
            + "broker before it leaves the dead-letter queue; answers how many were replayed")
    public Replay replay(
            @Parameter(description = "bars or events; both when absent", example = "bars") @QueryParam("queue") String queue,
            @Parameter(description = "most messages per queue, 1..aggregator.dead-letters.replay-max (10000, the default)")
            @QueryParam("limit") Integer limit) {
        if (queue != null && !DeadLetterQueues.NAMES.contains(queue)) {
            throw new IllegalArgumentException("queue must be one of " + DeadLetterQueues.NAMES);
        }
        int max = config.deadLetters().replayMax();
        if (limit != null && (limit < 1 || limit > max)) {
            throw new IllegalArgumentException("limit must be within 1.." + max + ", was " + limit);
        }
        try {
            List<DeadLetterQueues.Replayed> done = queues.replay(queue == null ? DeadLetterQueues.NAMES : List.of(queue),
                    limit == null ? max : limit);
            return new Replay(done.stream().mapToInt(DeadLetterQueues.Replayed::replayed).sum(), done);
        } catch (IOException | TimeoutException e) {
            throw unavailable(e);
        }
    }

    private static WebApplicationException unavailable(Exception e) {
        return new WebApplicationException("the broker could not be reached or refused: " + e.getMessage(), 503);
    }
}
