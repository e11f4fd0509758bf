package io.minutebars.core.runtime;

import io.minutebars.core.ratelimit.RetryGuards;
import io.minutebars.core.stream.Resumer;
import io.smallrye.faulttolerance.api.Guard;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;

/**
 * Runs market resumes on the workers. A resume that fails (REST errors beyond GuardedCalls' retries) is run again a
 * second later, for good: the market stays unsynced until it succeeds. The wait holds no worker thread.
 */
final class ResumeTasks {
    private static final Logger LOG = Logger.getLogger(ResumeTasks.class);

    private final Resumer resumer;
    private final Executor workers;
    private final Guard retry = RetryGuards.forever("market resume", Duration.ofSeconds(1),
            e -> !(unwrap(e) instanceof CancellationException),
            e -> LOG.warnf("resume failed (%s); retrying", unwrap(e).getMessage()));

    ResumeTasks(Resumer resumer, Executor workers) {
        this.resumer = resumer;
        this.workers = workers;
    }

    @SuppressWarnings("unchecked")
    void resume(String market) {
        try {
            retry.call(() -> once(market), CompletionStage.class);
        } catch (Exception e) {
            LOG.warnf("%s resume not scheduled: %s", market, e.getMessage());
        }
    }

    private CompletionStage<Long> once(String market) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        workers.execute(() -> {
            try {
                long fed = resumer.resume(market);
                LOG.debugf("%s resumed with %d REST trade(s)", market, fed);
                done.complete(fed);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(new CancellationException("interrupted"));
            } catch (RuntimeException e) {
                done.completeExceptionally(new IllegalStateException(market + ": " + e.getMessage(), e));
            }
        });
        return done;
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}
