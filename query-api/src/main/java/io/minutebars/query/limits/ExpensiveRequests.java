package io.minutebars.query.limits;

import io.minutebars.query.config.QueryConfig;
import io.minutebars.query.problem.QueryProblemException;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * Caps how many statistics requests (stats, composite, rankings) are computed at once: they are CPU-bound, so
 * beyond a few per core they only slow each other down. One SmallRye Fault Tolerance bulkhead shared by the
 * three endpoints; a request over the cap gets a 503 problem with Retry-After at once, without queueing.
 */
@ApplicationScoped
public class ExpensiveRequests {
    private final Guard guard;
    private final int limit;
    private final Duration retryAfter;

    @Inject
    public ExpensiveRequests(QueryConfig config) {
        this(config.concurrency().maxExpensive(), config.concurrency().retryAfter());
    }

    ExpensiveRequests(int limit, Duration retryAfter) {
        if (limit < 1) {
            throw new IllegalArgumentException("query.concurrency.max-expensive must be at least 1");
        }
        this.limit = limit;
        this.retryAfter = retryAfter;
        this.guard = Guard.create().withDescription("query-api expensive requests")
                .withBulkhead().limit(limit).done().build();
    }

    /** Runs {@code work} if a slot is free, else throws the 503 "too busy" problem. */
    public Response run(Supplier<Response> work) {
        try {
            return guard.get(work, Response.class);
        } catch (BulkheadException e) {
            throw QueryProblemException.tooBusy(limit, retryAfter);
        }
    }
}
