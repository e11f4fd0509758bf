package io.minutebars.query.resource;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.minutebars.model.Json;
import io.minutebars.query.problem.Problem;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.query.problem.StoredDataException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place every failure becomes an RFC 9457 problem ({@code application/problem+json}): the
 * module's own 4xx, what Quarkus raises itself (unknown path, wrong method, unacceptable media type),
 * storage outages (503) and unexpected faults (500 with a reference, the stack trace only in the log).
 */
public class ProblemExceptionMapper {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);
    private static final int MAX_INSTANCE = 512;

    @ServerExceptionMapper
    public Response map(Throwable failure, HttpServerRequest request) {
        String instance = request == null ? null : shorten(request.uri());
        Problem p = toProblem(failure, instance, request == null ? "" : request.method().name());
        Response.ResponseBuilder out = Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(Json.write(p));
        Long retryAfter = retryAfter(failure, p.status());
        if (retryAfter != null) {
            out.header("Retry-After", retryAfter.toString());
        }
        return out.build();
    }

    /** Seconds the client should wait: the problem's own, else 5 for any other 503 (storage unavailable). */
    static Long retryAfter(Throwable failure, int status) {
        if (failure instanceof QueryProblemException q && q.retryAfterSeconds() != null) {
            return q.retryAfterSeconds();
        }
        if (failure instanceof MongoExecutionTimeoutException) {
            return 1L;
        }
        return status == 503 ? 5L : null;
    }

    static Problem toProblem(Throwable failure, String instance, String method) {
        if (failure instanceof QueryProblemException q) {
            return new Problem(Problem.TYPE_BASE + q.slug(), q.title(), q.status(), q.getMessage(), instance,
                    q.parameter());
        }
        if (failure instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return fromHttp(w.getResponse().getStatus(), instance, method);
        }
        if (failure instanceof MongoExecutionTimeoutException) {
            // the read's maxTime, the request's remaining time budget, ran out on the server
            return new Problem(Problem.TYPE_BASE + "time-budget-exceeded", "Time budget exceeded", 503,
                    "a storage read exceeded the request's time budget and was stopped; retry, or ask for less",
                    instance, null);
        }
        if (failure instanceof MongoTimeoutException || failure instanceof MongoSocketException) {
            LOG.warnf("storage unavailable for %s: %s", instance, failure.getMessage());
            return new Problem(Problem.TYPE_BASE + "storage-unavailable", "Storage unavailable", 503,
                    "MongoDB did not answer; retry later", instance, null);
        }
        String reference = UUID.randomUUID().toString();
        if (failure instanceof StoredDataException) {
            LOG.errorf(failure, "stored data fault [%s] on %s", reference, instance);
            return new Problem(Problem.TYPE_BASE + "stored-data", "Stored data unreadable", 500,
                    "stored bars for this request could not be read; reference " + reference, instance, null);
        }
        LOG.errorf(failure, "unexpected failure [%s] on %s", reference, instance);
        return new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "the request failed on the server; reference " + reference, instance, null);
    }

    private static Problem fromHttp(int status, String instance, String method) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "there is no resource at this path; see /q/openapi for the API";
            case 405 -> "method " + method + " is not allowed here; the API is read-only (GET)";
            case 406 -> "this resource produces application/json; adjust the Accept header";
            case 415 -> "unsupported request media type";
            default -> title;
        };
        String slug = title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance, null);
    }

    private static String shorten(String uri) {
        return uri != null && uri.length() > MAX_INSTANCE ? uri.substring(0, MAX_INSTANCE) : uri;
    }
}
