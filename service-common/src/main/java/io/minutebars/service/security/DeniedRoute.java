package io.minutebars.service.security;

import io.minutebars.service.problem.ProblemException;
import io.minutebars.service.problem.ProblemMapper;
import io.quarkus.security.ForbiddenException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Denials by HTTP permission policies happen before JAX-RS: this answers them as problems too. */
@ApplicationScoped
public class DeniedRoute {
    void onRouter(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.failure() instanceof ForbiddenException && !ctx.response().ended()) {
                ProblemMapper.send(ctx, ProblemException.ofStatus(403, "the key sent may not do this here"));
            } else {
                ctx.next();
            }
        });
    }
}
