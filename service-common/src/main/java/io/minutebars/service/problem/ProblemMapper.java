package io.minutebars.service.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.minutebars.model.Json;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place, in every service, where a failure becomes an RFC 9457 {@link Problem}: {@link ProblemException}s
 * as they are (also when a parameter converter's refusal arrives wrapped), what the service's
 * {@link ProblemTranslator}s recognise, security denials, what Quarkus raises itself (unknown path, wrong method,
 * unreadable body) and, last, unexpected faults: a 500 with a reference, the stack trace only in the log.
 */
public class ProblemMapper {
    /** The challenge of every 401 (see ApiKeyMechanism). */
    public static final String CHALLENGE = "Bearer realm=\"minutebars\"";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final int MAX_INSTANCE = 512;

    private final List<ProblemTranslator> translators;

    @Inject
    public ProblemMapper(Instance<ProblemTranslator> translators) {
        this(translators.stream().toList());
    }

    public ProblemMapper(List<ProblemTranslator> translators) {
        this.translators = List.copyOf(translators);
    }

    @ServerExceptionMapper
    public Response map(Throwable failure, HttpServerRequest request) {
        return respond(problem(failure, request == null ? "" : request.method().name()), request);
    }

    /** Quarkus has its own mappers for these, closer to them than Throwable's: named here to answer as problems. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            ForbiddenException.class, JsonProcessingException.class, MismatchedInputException.class})
    public Response mapOwned(Exception failure, HttpServerRequest request) {
        return map(failure, request);
    }

    /** The problem response: JSON body, its status and the problem's headers. */
    public static Response respond(ProblemException p, HttpServerRequest request) {
        Response.ResponseBuilder out = Response.status(p.status()).type(Problem.MEDIA_TYPE)
                .entity(Json.write(p.toProblem(instance(request == null ? null : request.uri()))));
        p.headers().forEach(out::header);
        return out.build();
    }

    /** The same answer from a Vert.x route or filter, before JAX-RS (rate limits, authentication). */
    public static void send(RoutingContext ctx, ProblemException p) {
        var response = ctx.response().setStatusCode(p.status()).putHeader("Content-Type", Problem.MEDIA_TYPE);
        p.headers().forEach(response::putHeader);
        response.end(Json.write(p.toProblem(instance(ctx.request().uri()))));
    }

    /** The problem {@code failure} is for a request of {@code method}. */
    public ProblemException problem(Throwable failure, String method) {
        Throwable f = failure instanceof WebApplicationException w && w.getCause() instanceof ProblemException p
                ? p : failure;
        if (f instanceof ProblemException p) {
            return p;
        }
        for (ProblemTranslator t : translators) {
            ProblemException p = t.translate(f);
            if (p != null) {
                return p;
            }
        }
        if (f instanceof UnauthorizedException || f instanceof AuthenticationFailedException) {
            return ProblemException.ofStatus(401, "this endpoint needs a valid key: send it as X-API-Key or "
                    + "Authorization: Bearer").header("WWW-Authenticate", CHALLENGE);
        }
        if (f instanceof ForbiddenException) {
            return ProblemException.ofStatus(403, "the key sent may not do this: it needs an operator key");
        }
        if (f instanceof WebApplicationException w) {
            return HttpProblems.of(w, method);
        }
        if (f instanceof MismatchedInputException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").reduce((a, b) -> a + "." + b).orElse("body");
            return ProblemException.ofStatus(400, "invalid value for " + field + ": " + e.getOriginalMessage());
        }
        if (f instanceof JsonProcessingException e) {
            return ProblemException.ofStatus(400, "malformed JSON body: " + e.getOriginalMessage());
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(f, "unexpected failure [%s]", reference);
        return new ProblemException(500, "internal", "Internal error",
                "the request failed on the server; reference " + reference);
    }

    private static String instance(String uri) {
        return uri != null && uri.length() > MAX_INSTANCE ? uri.substring(0, MAX_INSTANCE) : uri;
    }
}
