package io.minutebars.query.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends one request at a time and checks its answer: a 200 (JSON) or a 4xx RFC 9457 problem whose status matches,
 * never a 5xx but the time-budget 503 (on time), within {@link #MAX_MILLIS}. A slow answer is asked again once: on
 * a shared machine a GC pause or a busy core can delay one answer, while a request that is slow by its nature is
 * slow twice. Failures are collected with the request that caused them.
 */
final class Fuzzer {
    /** query-api's time budget (query.time-budget): a 503 saying it stopped a request must come by then. */
    static final long BUDGET_MILLIS = 2000;
    /**
     * The server's own promise: every answer within its time budget (plus the way back). The largest valid stats page
     * (1,440 points, 114 DECIMAL128 Wilder steps each) takes up to the budget on a 2-core machine; a hang or a
     * runaway request takes far longer. How fast the API is gets measured by benchmarks/query-api.sh, not here.
     */
    static final long MAX_MILLIS = BUDGET_MILLIS + 500;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int requests;
    private int slowOnce;
    private int budgetStopped;

    Fuzzer(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** GET path?params of the operation (see {@link #send(String, Map)}); its status must be one it documents. */
    HttpResponse<byte[]> send(ApiOperation op, Map<String, String> params) {
        HttpResponse<byte[]> r = send(op.path(), params);
        if (r != null && !op.statuses().contains(r.statusCode())) {
            failures.add("undocumented status " + r.statusCode() + ": GET " + r.uri());
        }
        return r;
    }

    /** GET path?params (values URL-encoded, null values left out); returns the answer, after checking it. */
    HttpResponse<byte[]> send(String path, Map<String, String> params) {
        return send(url(path, params), true);
    }

    /** base + path?params, values URL-encoded, null values left out. */
    private String url(String path, Map<String, String> params) {
        StringBuilder url = new StringBuilder(base).append(path);
        char sep = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() != null) {
                url.append(sep).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return url.toString();
    }

    private HttpResponse<byte[]> send(String url, boolean retrySlow) {
        requests++;
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            statuses.merge(r.statusCode(), 1, Integer::sum);
            String problem = check(r, millis);
            if ("slow".equals(problem) && retrySlow) {
                slowOnce++;
                return send(url, false);
            }
            if (problem != null) {
                failures.add(problem + " after " + millis + " ms: GET " + url + " -> " + r.statusCode() + " "
                        + new String(r.body(), 0, Math.min(300, r.body().length), StandardCharsets.UTF_8));
            }
            return r;
        } catch (Exception e) {
            failures.add("no answer (" + e + ") after " + (System.nanoTime() - t0) / 1_000_000 + " ms: GET " + url);
            return null;
        }
    }

    private String check(HttpResponse<byte[]> r, long millis) {
        int status = r.statusCode();
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (status == 503 && new String(r.body(), StandardCharsets.UTF_8).contains("/problems/time-budget-exceeded")) {
            // the budget stopped the largest pages on a busy core: bounded work, as designed, if it was on time
            budgetStopped++;
            return millis > BUDGET_MILLIS + 1000 ? "time budget overrun" : null;
        }
        if (millis > MAX_MILLIS) {
            return "slow";
        }
        if (status >= 500 || (status != 200 && status < 400)) {
            return "status " + status;
        }
        if (status == 200) {
            return type.startsWith("application/json") ? null : "200 as " + type;
        }
        if (!type.startsWith("application/problem+json")) {
            return "4xx as " + type;
        }
        try {
            JsonNode body = Json.mapper().readTree(r.body());
            return body.path("status").asInt() == status && body.hasNonNull("detail") ? null : "problem body";
        } catch (Exception e) {
            return "problem not JSON";
        }
    }

    /**
     * Sends a request unchecked until it is answered within {@link #MAX_MILLIS} twice in a row (at most 20 times):
     * a fresh JVM interprets the statistics' decimal arithmetic until the JIT has compiled it, which is start-up
     * latency (measured by the benchmarks), not what this fuzzer looks for.
     */
    void warm(String path, Map<String, String> params) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path, params))).timeout(Duration.ofSeconds(10)).GET()
                .build();
        for (int i = 0, quick = 0; i < 20 && quick < 2; i++) {
            long t0 = System.nanoTime();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            quick = status == 200 && System.nanoTime() - t0 < MAX_MILLIS * 1_000_000L ? quick + 1 : 0;
        }
    }

    /** Answers where the server's time budget stopped the request (a 503 problem, on time). */
    int budgetStopped() {
        return budgetStopped;
    }

    int requests() {
        return requests;
    }

    /** Answers slower than {@link #MAX_MILLIS} that were quick when asked again. */
    int slowOnce() {
        return slowOnce;
    }

    /** How many answers had each status. */
    Map<Integer, Integer> statuses() {
        return statuses;
    }

    List<String> failures() {
        return failures;
    }
}
