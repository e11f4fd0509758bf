package io.minutebars.service.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 and 403 from a resource's {@code @RolesAllowed} as RFC 9457 problems (see also {@link DeniedRoute}). */
public class SecurityProblems {
    static final String CHALLENGE = "Bearer realm=\"minutebars\"";

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problems.response(401, "this endpoint needs a valid key: send it as X-API-Key "
                + "or Authorization: Bearer", uri.getPath())).header("WWW-Authenticate", CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "the key sent may not do this: it needs an operator key", uri.getPath());
    }
}
