package io.minutebars.bitmex.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.model.Json;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * BitMEX errors: a body {@code {"error":{"message","name"}}}; 429 with {@code Retry-After} (seconds)
 * when over the limit, otherwise {@code X-RateLimit-Reset} (unix seconds) says when the window
 * refills; 503 is the engine shedding load, worth a retry after a pause.
 */
public final class BitmexFailures {
    private static final Duration OVERLOAD_PAUSE = Duration.ofSeconds(5);

    private BitmexFailures() {
    }

    static ExchangeHttpException http(Response response) {
        int status = response.getStatus();
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        Duration wait = status == 503 ? OVERLOAD_PAUSE
                : retryAfter(response.getHeaderString("Retry-After"), response.getHeaderString("X-RateLimit-Reset"));
        return new ExchangeHttpException(status, errorName(body), errorMessage(body, status), wait, status == 429);
    }

    /** The error's message, or the status when the body is not BitMEX's error shape. */
    public static String errorMessage(String body, int status) {
        var error = error(body);
        return error == null || !error.hasNonNull("message") ? "HTTP " + status
                : DecodeChecks.excerpt(error.get("message").asText(), 300);
    }

    static String errorName(String body) {
        var error = error(body);
        return error == null || !error.hasNonNull("name") ? null : DecodeChecks.excerpt(error.get("name").asText());
    }

    private static JsonNode error(String body) {
        try {
            return body == null || body.isBlank() ? null : Json.mapper().readTree(body).get("error");
        } catch (Exception e) {
            return null; // not JSON: an HTML page from a proxy, reported by status alone
        }
    }

    static Duration retryAfter(String retryAfter, String reset) {
        if (retryAfter != null) {
            return ExchangeHttpException.retryAfterSeconds(retryAfter);
        }
        try {
            if (reset != null) {
                long secs = Long.parseLong(reset.trim()) - System.currentTimeMillis() / 1000;
                return Duration.ofSeconds(Math.max(1, secs));
            }
        } catch (NumberFormatException e) {
            // fall through: the runtime's own backoff applies
        }
        return null;
    }
}
