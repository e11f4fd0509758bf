package io.minutebars.query.limits;

import io.minutebars.query.config.QueryConfig;
import io.minutebars.service.problem.ProblemException;
import io.minutebars.service.problem.ProblemMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a request URI longer than {@code query.max-uri-length} with a 414 problem before anything else (priority
 * above authentication's 200). The HTTP layer's own limit sits higher: there it could only answer without a body.
 */
@ApplicationScoped
public class UriLengthFilter {
    static final int PRIORITY = 300;

    void register(@Observes Filters filters, QueryConfig config) {
        int max = config.maxUriLength();
        filters.register(ctx -> check(ctx, max), PRIORITY);
    }

    static void check(RoutingContext ctx, int max) {
        String uri = ctx.request().uri();
        if (uri == null || uri.length() <= max) {
            ctx.next();
            return;
        }
        ProblemMapper.send(ctx, new ProblemException(414, "uri-too-long", "URI too long", "the request URI has "
                + uri.length() + " characters, more than the " + max + " this API reads"));
    }
}
