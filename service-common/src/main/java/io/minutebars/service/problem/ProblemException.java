package io.minutebars.service.problem;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A failure the client should see as a specific problem: status, type (by its slug under
 * {@link Problem#TYPE_BASE}), title and detail, with extension members and response headers
 * ({@code Retry-After}, {@code WWW-Authenticate}) where the answer needs them. No stack trace: it is an answer,
 * not a fault.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> members = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    /** The plain problem of an HTTP status: its reason phrase as title, slugged as type. */
    public static ProblemException ofStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return new ProblemException(status, title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, detail);
    }

    /** Adds an extension member of the body (ignored when null). */
    public ProblemException member(String name, Object value) {
        if (value != null) {
            members.put(name, value);
        }
        return this;
    }

    /** Adds a response header (ignored when null). */
    public ProblemException header(String name, Object value) {
        if (value != null) {
            headers.put(name, value.toString());
        }
        return this;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), instance, members);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
