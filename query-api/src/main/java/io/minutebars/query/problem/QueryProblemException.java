package io.minutebars.query.problem;

import io.minutebars.service.problem.ProblemException;
import java.time.Duration;

/**
 * The read API's problems: {@code parameter} (an extension member) names the request parameter at fault, when
 * there is one; {@code retryAfterSeconds}, when set, becomes the {@code Retry-After} header.
 */
public class QueryProblemException extends ProblemException {
    private final String parameter;
    private final Long retryAfterSeconds;

    public QueryProblemException(int status, String slug, String title, String detail, String parameter) {
        this(status, slug, title, detail, parameter, null);
    }

    public QueryProblemException(int status, String slug, String title, String detail, String parameter,
            Long retryAfterSeconds) {
        super(status, slug, title, detail);
        this.parameter = parameter;
        this.retryAfterSeconds = retryAfterSeconds;
        member("parameter", parameter);
        header("Retry-After", retryAfterSeconds);
    }

    /** 400: a parameter is malformed or out of range. */
    public static QueryProblemException invalid(String parameter, String detail) {
        return new QueryProblemException(400, "invalid-parameter", "Invalid request parameter", detail, parameter);
    }

    /** 404: the market, exchange or bar asked for does not exist. */
    public static QueryProblemException notFound(String parameter, String detail) {
        return new QueryProblemException(404, "not-found", "Not found", detail, parameter);
    }

    /** 503: the request ran past its time budget and its work was stopped. */
    public static QueryProblemException overBudget(Duration budget) {
        return new QueryProblemException(503, "time-budget-exceeded", "Time budget exceeded",
                "the request exceeded its time budget of " + budget.toMillis() + " ms and was stopped; ask for a "
                        + "shorter range or a smaller limit", null, 1L);
    }

    /** 503: as many expensive requests as allowed are being computed; this one was not started. */
    public static QueryProblemException tooBusy(int limit, Duration retryAfter) {
        return new QueryProblemException(503, "too-busy", "Too many expensive requests", "this instance is already "
                + "computing its limit of " + limit + " statistics requests; retry shortly", null,
                Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    /** Quotes a client value for a detail message, cut short so a huge parameter is not echoed whole. */
    public static String echo(String raw) {
        if (raw == null) {
            return "null";
        }
        return "'" + (raw.length() > 64 ? raw.substring(0, 64) + "..." : raw) + "'";
    }

    public String parameter() {
        return parameter;
    }

    /** Seconds for the Retry-After header, or null for none. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
