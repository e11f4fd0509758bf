package io.minutebars.service.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The named HTTP permission policy {@code read-key}: when read keys are configured, only identities with
 * the {@code reader} role (read or operator keys) pass; otherwise everyone does. A service applies it to
 * its read paths in configuration ({@code quarkus.http.auth.permission.<name>.policy=read-key}).
 */
@ApplicationScoped
public class ReadKeyPolicy implements HttpSecurityPolicy {
    private final KeyRing keys;

    public ReadKeyPolicy(KeyRing keys) {
        this.keys = keys;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext requestContext) {
        if (!keys.readKeyRequired()) {
            return Uni.createFrom().item(CheckResult.PERMIT);
        }
        return identity.map(id -> id.hasRole(ApiKeys.READER) ? CheckResult.PERMIT : CheckResult.DENY);
    }

    @Override
    public String name() {
        return "read-key";
    }
}
