package io.minutebars.nomics.client;

import io.minutebars.core.ratelimit.ExchangeHttpException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Nomics failures, and the one rule about the API key: it must never reach a log. The key is a query
 * parameter, so every message of a failed call is scrubbed before the runtime may log it.
 */
public final class NomicsFailures {
    /** Nomics times a key out "for a short period" after a 429; the free plan allows 1 call per second. */
    static final Duration RATE_LIMIT_PAUSE = Duration.ofSeconds(2);
    private static final Pattern KEY = Pattern.compile("(?i)(key=)[^&\\s\"']+");

    private NomicsFailures() {
    }

    static ExchangeHttpException http(int status, String retryAfter) {
        String message = switch (status) {
            case 401, 403 -> "API key missing or rejected";
            case 429 -> "rate limit exceeded (the key is timed out for a short period)";
            default -> "HTTP " + status;
        };
        Duration wait = status == 429
                ? Optional.ofNullable(ExchangeHttpException.retryAfterSeconds(retryAfter)).orElse(RATE_LIMIT_PAUSE)
                : null;
        return new ExchangeHttpException(status, null, message, wait, status == 429);
    }

    /** Runs a call; a failure's message (which may hold the request URL) comes back without the key. */
    public static <T> T scrubbed(Supplier<T> call) {
        try {
            return call.get();
        } catch (ExchangeHttpException e) {
            throw e; // built above: holds no URL
        } catch (RuntimeException e) {
            throw new IllegalStateException(scrub(e.toString()));
        }
    }

    public static String scrub(String text) {
        return text == null ? null : KEY.matcher(text).replaceAll("$1***");
    }
}
