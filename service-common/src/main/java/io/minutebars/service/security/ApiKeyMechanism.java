package io.minutebars.service.security;

import io.minutebars.service.problem.ProblemException;
import io.minutebars.service.problem.ProblemMapper;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads a key from {@code X-API-Key} or {@code Authorization: Bearer <key>}. No key: the request is
 * anonymous (public endpoints serve it, {@code @RolesAllowed} ones answer 401); a key that matches none
 * configured: 401. Challenges carry an RFC 9457 problem body and never echo the key.
 */
@ApplicationScoped
public class ApiKeyMechanism implements HttpAuthenticationMechanism {
    public static final String HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";
    private static final String CHALLENGE = ProblemMapper.CHALLENGE;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String key = presentedKey(context);
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyRequest(key), context));
    }

    /** The key a request carries, or null. */
    public static String presentedKey(RoutingContext context) {
        String key = context.request().getHeader(HEADER);
        if (key == null) {
            String auth = context.request().getHeader("Authorization");
            if (auth != null && auth.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                key = auth.substring(BEARER.length());
            }
        }
        return key == null || key.isBlank() ? null : key.trim();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        String detail = presentedKey(context) == null
                ? "this endpoint needs a key: send it as X-API-Key or Authorization: Bearer"
                : "the key sent is not valid here";
        ProblemMapper.send(context, ProblemException.ofStatus(401, detail).header("WWW-Authenticate", CHALLENGE));
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }
}
