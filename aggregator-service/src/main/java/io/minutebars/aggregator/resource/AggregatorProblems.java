package io.minutebars.aggregator.resource;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** RFC 9457 problems for the aggregator's small operator API; no stack trace leaves the service. */
public class AggregatorProblems {
    private static final Logger LOG = Logger.getLogger(AggregatorProblems.class);

    @ServerExceptionMapper
    public Response map(Exception e) {
        int status;
        String detail;
        if (e instanceof IllegalArgumentException) {
            status = 400;
            detail = e.getMessage();
        } else if (e instanceof WebApplicationException w) {
            status = w.getResponse().getStatus();
            detail = w.getMessage();
        } else {
            LOG.error("unexpected failure", e);
            status = 500;
            detail = "the aggregator failed to handle the request; see its log";
        }
        var reason = Response.Status.fromStatusCode(status);
        return Response.status(status).type("application/problem+json").entity(Map.of("type", "about:blank",
                "title", reason != null ? reason.getReasonPhrase() : "Error", "status", status, "detail",
                detail == null ? "" : detail)).build();
    }
}
