package io.minutebars.bybit.client;

import io.minutebars.bybit.dto.BybitResponse;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.core.stream.DecodeException;
import java.time.Duration;
import java.util.Set;

/**
 * Bybit's two ways of failing: HTTP statuses (403 = the IP is throttled; Bybit asks to wait at least ten
 * minutes) and HTTP 200 answers whose {@code retCode} is not 0 (10006/10429 rate limits, 10016 a
 * restarting server).
 */
public final class BybitFailures {
    static final Duration IP_BAN_PAUSE = Duration.ofMinutes(10);
    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(10006, 10429);
    private static final Set<Integer> RETRYABLE_CODES = Set.of(10000, 10016);

    private BybitFailures() {
    }

    static ExchangeHttpException http(int status, String retryAfter) {
        boolean throttled = status == 403 || status == 429;
        Duration wait = status == 403 ? IP_BAN_PAUSE : ExchangeHttpException.retryAfterSeconds(retryAfter);
        return new ExchangeHttpException(status, null, status == 403 ? "access too frequent (IP rate limit)"
                : "HTTP " + status, wait, throttled);
    }

    /** The result of a successful envelope, or the failure its {@code retCode} states. */
    public static <T> T result(BybitResponse<T> response) {
        if (response == null) {
            throw new DecodeException("empty answer (JSON null)", null);
        }
        if (response.retCode() == 0) {
            return response.result();
        }
        int code = response.retCode();
        boolean limited = RATE_LIMIT_CODES.contains(code);
        // status 0 marks "no HTTP error": retryable() then retries it like a server-side failure
        int status = limited || RETRYABLE_CODES.contains(code) ? 0 : 400;
        return throwIt(new ExchangeHttpException(status, Integer.toString(code), response.retMsg(), null, limited));
    }

    private static <T> T throwIt(ExchangeHttpException e) {
        throw e;
    }
}
