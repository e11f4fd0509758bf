package io.minutebars.core.ratelimit;

import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.model.IngestError;
import io.smallrye.faulttolerance.api.Guard;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs REST calls within the rate-limit budget, honours 429/418 Retry-After by pausing every caller, retries what
 * is worth retrying with exponential backoff (a Fault Tolerance guard), and records every failure as an ingest
 * error. The budget and the Retry-After pause stay here: Fault Tolerance's rate limit refuses calls instead of
 * waiting for a weighted share of the minute, and knows nothing of a pause the exchange asks for. Runs on worker
 * threads only.
 */
public class GuardedCalls {
    private static final Logger LOG = Logger.getLogger(GuardedCalls.class);

    private final String exchange;
    private final RateLimitBudget budget;
    private final Consumer<IngestError> errors;
    private final long defaultPauseMs;
    private final Guard retry;
    /** Live calls may spend the budget's reserve; backfill calls only the rest. */
    private final boolean live;

    /**
     * Calls of live work, which may spend the budget's reserve (see {@link #forBackfills()}).
     *
     * @param retry the retry policy of each call, see {@link #retries(int)}
     */
    public GuardedCalls(String exchange, RateLimitBudget budget, Consumer<IngestError> errors, long defaultPauseMs,
            Guard retry) {
        this(exchange, budget, errors, defaultPauseMs, retry, true);
    }

    private GuardedCalls(String exchange, RateLimitBudget budget, Consumer<IngestError> errors, long defaultPauseMs,
            Guard retry, boolean live) {
        this.exchange = exchange;
        this.budget = budget;
        this.errors = errors;
        this.defaultPauseMs = defaultPauseMs;
        this.retry = retry;
        this.live = live;
    }

    /**
     * The same budget, pause and retries for backfill calls, which leave the budget's reserve to live work: a
     * backfill waits for the next minute rather than delay a resume.
     */
    public GuardedCalls forBackfills() {
        return new GuardedCalls(exchange, budget, errors, defaultPauseMs, retry, false);
    }

    /**
     * Up to {@code maxAttempts} attempts, 250 ms apart and twice as long each time (at most 30 s), of calls that
     * failed in transport, with a server error or a rate limit; a 4xx about our request is not retried.
     */
    public static Guard retries(int maxAttempts) {
        return RetryGuards.backoff("exchange REST call", maxAttempts, Duration.ofSeconds(30),
                e -> e instanceof ExchangeHttpException h ? h.retryable() : e instanceof RuntimeException, e -> { });
    }

    @SuppressWarnings("unchecked")
    public <T> T call(String what, String symbol, int weight, Supplier<T> call) throws InterruptedException {
        try {
            return (T) retry.call(() -> attempt(what, symbol, weight, call), Object.class);
        } catch (InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T attempt(String what, String symbol, int weight, Supplier<T> call) throws InterruptedException {
        budget.acquire(weight, live);
        try {
            return call.get();
        } catch (ExchangeHttpException e) {
            if (e.rateLimited()) {
                long pause = e.retryAfter().map(Duration::toMillis).orElse(defaultPauseMs);
                budget.pauseFor(pause);
                record(IngestError.Kind.RATE_LIMIT, symbol, what + ": " + e.getMessage() + "; pausing " + pause + " ms");
            } else {
                record(IngestError.Kind.HTTP, symbol, what + ": " + e.getMessage());
            }
            throw e;
        } catch (RuntimeException e) {
            // transport failures (connection refused, timeouts, malformed bodies)
            record(IngestError.Kind.HTTP, symbol, what + ": " + e);
            throw e;
        }
    }

    private void record(IngestError.Kind kind, String symbol, String message) {
        // a failure's text may quote the answer (a mapper's message holds the value it could not read): bounded
        String bounded = DecodeChecks.excerpt(message, 500);
        LOG.warnf("%s %s", exchange, bounded);
        errors.accept(new IngestError(exchange, symbol, kind, bounded, null, null));
    }
}
