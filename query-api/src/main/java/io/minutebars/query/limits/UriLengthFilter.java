package io.minutebars.query.limits;

import io.minutebars.model.Json;
import io.minutebars.query.config.QueryConfig;
import io.minutebars.query.problem.Problem;
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
        Problem p = new Problem(Problem.TYPE_BASE + "uri-too-long", "URI too long", 414, "the request URI has "
                + uri.length() + " characters, more than the " + max + " this API reads", uri.substring(0, 512), null);
        ctx.response().setStatusCode(414).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.write(p));
    }
}
