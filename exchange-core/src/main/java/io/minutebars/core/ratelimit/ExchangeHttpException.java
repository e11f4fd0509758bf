package io.minutebars.core.ratelimit;

import io.minutebars.core.stream.DecodeChecks;
import java.time.Duration;
import java.util.Optional;

/** An error answer from an exchange's REST API, with what the exchange said about retrying. */
public class ExchangeHttpException extends RuntimeException {
    private final int status;
    private final String code;
    private final Duration retryAfter;
    private final boolean rateLimited;

    public ExchangeHttpException(int status, String code, String message, Duration retryAfter, boolean rateLimited) {
        // code and message come from the exchange's body: quoted, never echoed in full
        super("HTTP " + status + (code != null ? " code " + DecodeChecks.excerpt(code) : "") + ": "
                + DecodeChecks.excerpt(message, 300));
        this.status = status;
        this.code = code == null ? null : DecodeChecks.excerpt(code);
        this.retryAfter = retryAfter;
        this.rateLimited = rateLimited;
    }

    /**
     * A {@code Retry-After} header in seconds, as every exchange sends it; null when absent or in the
     * HTTP-date form, where the caller's default pause applies.
     */
    public static Duration retryAfterSeconds(String header) {
        try {
            return header == null ? null : Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** 429/418 (Binance), 403 (Bybit IP limit) or an exchange's rate-limit code. */
    public boolean rateLimited() {
        return rateLimited;
    }

    /** Worth retrying: rate limits and server-side errors; a 4xx about our request is not. */
    public boolean retryable() {
        return rateLimited || status >= 500 || status == 0;
    }
}
