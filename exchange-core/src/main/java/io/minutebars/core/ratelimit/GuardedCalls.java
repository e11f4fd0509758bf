package io.minutebars.core.ratelimit;

import io.minutebars.model.IngestError;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs REST calls within the rate-limit budget, honours 429/418 Retry-After by pausing every caller,
 * retries what is worth retrying with exponential backoff, and records every failure as an ingest
 * error. Runs on worker threads only.
 */
public class GuardedCalls {
    private static final Logger LOG = Logger.getLogger(GuardedCalls.class);

    private final String exchange;
    private final RateLimitBudget budget;
    private final Consumer<IngestError> errors;
    private final long defaultPauseMs;
    private final int maxAttempts;

    public GuardedCalls(String exchange, RateLimitBudget budget, Consumer<IngestError> errors, long defaultPauseMs,
            int maxAttempts) {
        this.exchange = exchange;
        this.budget = budget;
        this.errors = errors;
        this.defaultPauseMs = defaultPauseMs;
        this.maxAttempts = maxAttempts;
    }

    public <T> T call(String what, String symbol, int weight, Supplier<T> call) throws InterruptedException {
        long backoff = 250;
        for (int attempt = 1;; attempt++) {
            budget.acquire(weight);
            try {
                return call.get();
            } catch (ExchangeHttpException e) {
                boolean retry = e.retryable() && attempt < maxAttempts;
                if (e.rateLimited()) {
                    long pause = e.retryAfter().map(java.time.Duration::toMillis).orElse(defaultPauseMs);
                    budget.pauseFor(pause);
                    record(IngestError.Kind.RATE_LIMIT, symbol, what + ": " + e.getMessage() + "; pausing " + pause + " ms");
                } else {
                    record(IngestError.Kind.HTTP, symbol, what + ": " + e.getMessage());
                }
                if (!retry) {
                    throw e;
                }
            } catch (RuntimeException e) {
                // transport failures (connection refused, timeouts, malformed bodies)
                record(IngestError.Kind.HTTP, symbol, what + ": " + e);
                if (attempt >= maxAttempts) {
                    throw e;
                }
            }
            Thread.sleep(backoff);
            backoff = Math.min(backoff * 2, 30_000);
        }
    }

    private void record(IngestError.Kind kind, String symbol, String message) {
        // a failure's text may quote the answer (a mapper's message holds the value it could not read): bounded
        String bounded = io.minutebars.core.stream.DecodeChecks.excerpt(message, 500);
        LOG.warnf("%s %s", exchange, bounded);
        errors.accept(new IngestError(exchange, symbol, kind, bounded, null, null));
    }
}
