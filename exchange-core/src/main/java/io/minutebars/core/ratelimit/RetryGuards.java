package io.minutebars.core.ratelimit;

import io.smallrye.faulttolerance.api.Guard;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The retry policies of the exchange services, as SmallRye Fault Tolerance guards. No jitter: the delays are the
 * documented ones. Built only inside Quarkus (the guards need its CDI container).
 */
public final class RetryGuards {
    private RetryGuards() {
    }

    /** Retries every failure {@code retryWhen} accepts, forever, {@code delay} apart. */
    public static Guard forever(String what, Duration delay, Predicate<Throwable> retryWhen, Consumer<Throwable> before) {
        return Guard.create().withDescription(what).withThreadOffload(false).withRetry().maxRetries(-1).maxDuration(0, ChronoUnit.MILLIS)
                .delay(delay.toMillis(), ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS).whenException(retryWhen)
                .beforeRetry(before).done().build();
    }

    /**
     * Retries what {@code retryWhen} accepts up to {@code attempts} attempts in all, waiting 250 ms, then twice as
     * long each time, at most {@code maxDelay} ({@code attempts} &lt; 0: forever).
     */
    public static Guard backoff(String what, int attempts, Duration maxDelay, Predicate<Throwable> retryWhen,
            Consumer<Throwable> before) {
        return Guard.create().withDescription(what).withThreadOffload(false).withRetry().maxRetries(attempts < 0 ? -1 : attempts - 1)
                .maxDuration(0, ChronoUnit.MILLIS).delay(250, ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                .withExponentialBackoff().factor(2).maxDelay(maxDelay.toMillis(), ChronoUnit.MILLIS).done()
                .whenException(retryWhen).beforeRetry(before).done().build();
    }
}
