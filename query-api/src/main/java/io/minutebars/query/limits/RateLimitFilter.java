package io.minutebars.query.limits;

import io.minutebars.query.config.QueryConfig;
import io.minutebars.service.problem.ProblemException;
import io.minutebars.service.problem.ProblemMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Rate-limits {@code /api/*} per client before any work: a Vert.x filter that runs after authentication (priority
 * 200: the identity of a valid key is known, so the bucket is the key holder's, never the raw key) and before
 * authorization (100: a client without the needed key is limited too). Every answer carries the
 * {@code RateLimit-*} headers; an empty bucket answers 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimitFilter {
    static final int PRIORITY = 120;

    private final RateLimiter limiter;

    public RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    void register(@Observes Filters filters, QueryConfig config) {
        if (config.rateLimit().enabled()) {
            filters.register(this::limit, PRIORITY);
        }
    }

    void limit(RoutingContext ctx) {
        if (!ctx.normalizedPath().startsWith("/api/")) {
            ctx.next();
            return;
        }
        String holder = holder(ctx);
        RateLimiter.Decision d = holder != null ? limiter.acquire(holder, true) : limiter.acquire(address(ctx), false);
        ctx.response()
                .putHeader("RateLimit-Limit", Long.toString(d.limit()))
                .putHeader("RateLimit-Remaining", Long.toString(d.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(d.resetSeconds()));
        if (d.allowed()) {
            ctx.next();
            return;
        }
        ProblemMapper.send(ctx, new ProblemException(429, "rate-limited", "Too many requests", "this client sent "
                + "more than its " + d.limit() + " requests of burst; retry after " + d.retryAfterSeconds() + " s")
                .header("Retry-After", d.retryAfterSeconds()));
    }

    /** The non-secret id of the key's holder (e.g. reader:1a2b3c4d), or null without a valid key. */
    static String holder(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                return identity.getPrincipal().getName();
            }
        }
        return null;
    }

    /** The client address; IPv6 by its /64, since one host usually holds a whole /64 to rotate through. */
    static String address(RoutingContext ctx) {
        SocketAddress remote = ctx.request().remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        if (host == null) {
            return "unknown";
        }
        if (host.indexOf(':') < 0) {
            return host;
        }
        try {
            byte[] b = InetAddress.getByName(host).getAddress(); // a literal: no DNS lookup
            return b.length == 16 ? String.format("%02x%02x:%02x%02x:%02x%02x:%02x%02x::/64", b[0], b[1], b[2], b[3],
                    b[4], b[5], b[6], b[7]) : host;
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
