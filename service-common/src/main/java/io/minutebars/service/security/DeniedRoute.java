package io.minutebars.service.security;

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
                ctx.response().setStatusCode(403).putHeader("Content-Type", Problems.MEDIA_TYPE)
                        .end(Problems.json(403, "the key sent may not do this here", ctx.request().path()));
            } else {
                ctx.next();
            }
        });
    }
}
