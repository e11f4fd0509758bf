package io.minutebars.simulator.api;

import io.minutebars.model.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one exception mapper: exchange-compatible endpoints fail in their exchange's own shape (consumers
 * parse it); everything else as an RFC 9457 problem. Never a stack trace.
 */
public class ErrorMapper {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);
    private static final String PROBLEM = "application/problem+json";

    @ServerExceptionMapper
    public Response map(Throwable error, UriInfo uri) {
        String path = uri.getRequestUri().getPath();
        if (error instanceof ApiException e) {
            return Response.status(e.status()).type("application/json").entity(e.body()).build();
        }
        int status = 500;
        String detail = "internal error; see the simulator log";
        if (error instanceof WebApplicationException e) {
            status = e.getResponse().getStatus();
            detail = e.getMessage();
        } else {
            LOG.errorf(error, "request %s failed", path);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", known != null ? known.getReasonPhrase() : "HTTP " + status);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", path);
        return Response.status(status).type(PROBLEM).entity(Json.write(problem)).build();
    }
}
