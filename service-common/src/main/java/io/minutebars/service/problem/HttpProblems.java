package io.minutebars.service.problem;

import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;

/** Problems of the HTTP failures JAX-RS raises itself or a resource throws as a WebApplicationException. */
final class HttpProblems {
    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private HttpProblems() {
    }

    static ProblemException of(WebApplicationException w, String method) {
        int status = w.getResponse().getStatus();
        String message = w.getMessage();
        // JAX-RS's own message is only "HTTP 404 Not Found": say what it means instead
        boolean generic = message == null || message.startsWith("HTTP " + status);
        String detail = !generic ? message : switch (status) {
            case 400 -> w.getCause() != null ? "malformed request: " + rootMessage(w.getCause()) : "bad request";
            case 404 -> "there is no resource at this path; see /q/openapi for the API";
            case 405 -> "method " + method + " is not allowed here";
            case 406 -> "no representation matches the Accept header; this API produces application/json";
            case 415 -> "unsupported request media type";
            default -> message;
        };
        if (status >= 500) {
            LOG.warnf(w, "answered %d", status);
        }
        return ProblemException.ofStatus(status, detail)
                .header("Retry-After", w.getResponse().getHeaderString("Retry-After"));
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
