package io.minutebars.query.problem;

/**
 * A failure the client should see as an RFC 9457 problem with a specific status and detail.
 * {@code parameter} names the request parameter at fault, when there is one.
 */
public class QueryProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final String parameter;

    public QueryProblemException(int status, String slug, String title, String detail, String parameter) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.parameter = parameter;
    }

    /** 400: a parameter is malformed or out of range. */
    public static QueryProblemException invalid(String parameter, String detail) {
        return new QueryProblemException(400, "invalid-parameter", "Invalid request parameter", detail, parameter);
    }

    /** 404: the market, exchange or bar asked for does not exist. */
    public static QueryProblemException notFound(String parameter, String detail) {
        return new QueryProblemException(404, "not-found", "Not found", detail, parameter);
    }

    /** Quotes a client value for a detail message, cut short so a huge parameter is not echoed whole. */
    public static String echo(String raw) {
        if (raw == null) {
            return "null";
        }
        return "'" + (raw.length() > 64 ? raw.substring(0, 64) + "..." : raw) + "'";
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

    public String parameter() {
        return parameter;
    }
}
