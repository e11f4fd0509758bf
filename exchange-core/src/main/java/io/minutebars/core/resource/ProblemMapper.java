package io.minutebars.core.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.minutebars.core.backfill.TooManyJobsException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place failures become RFC 9457 problem responses; no stack trace ever leaves the service. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Context
    UriInfo uri;

    @ServerExceptionMapper
    public Response badInput(IllegalArgumentException e) {
        return problem(400, "Bad request", e.getMessage());
    }

    @ServerExceptionMapper
    public Response busy(TooManyJobsException e) {
        return Response.fromResponse(problem(429, "Too Many Requests", e.getMessage())).header("Retry-After", "60")
                .build();
    }

    @ServerExceptionMapper
    public Response badJson(JsonProcessingException e) {
        return problem(400, "Bad request", "malformed JSON body: " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response badField(MismatchedInputException e) {
        String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).orElse("body");
        return problem(400, "Bad request", "invalid value for " + field + ": " + e.getOriginalMessage());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String detail = e.getMessage();
        if (e.getCause() != null && status == 400) {
            detail = "malformed request: " + rootMessage(e.getCause());
        }
        Response r = problem(status, Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error", detail);
        String retryAfter = e.getResponse().getHeaderString("Retry-After");
        return retryAfter == null ? r : Response.fromResponse(r).header("Retry-After", retryAfter).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return problem(500, "Internal error", "the service failed to handle the request; see its log");
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private Response problem(int status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (uri != null) {
            body.put("instance", uri.getPath());
        }
        return Response.status(status).type("application/problem+json").entity(body).build();
    }
}
