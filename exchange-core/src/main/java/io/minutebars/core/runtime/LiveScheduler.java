package io.minutebars.core.runtime;

import io.minutebars.core.config.ExchangeConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The periodic work of the live path, on the Quarkus scheduler: each task does nothing until the live path (or the
 * poller, for the clock) runs. The defaults repeat ExchangeConfig's, which the expressions cannot see.
 */
@ApplicationScoped
public class LiveScheduler {
    @Inject ExchangeRuntime runtime;
    @Inject RuntimeState state;
    @Inject ExchangeConfig config;

    @Scheduled(every = "${minutebars.checkpoint.interval:PT5S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkpoint() {
        runtime.saveCheckpoint();
    }

    @Scheduled(every = "${minutebars.catalog-refresh:PT1H}", delayed = "${minutebars.catalog-refresh:PT1H}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catalog() {
        if (state.started()) {
            runtime.publishCatalog();
        }
    }

    /** Minutes close on the exchange's clock: streamed and polled sources alike keep it anchored. */
    @Scheduled(every = "${minutebars.clock.resync-interval:PT10M}", delayed = "${minutebars.clock.resync-interval:PT10M}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void clock() {
        if (state.started() || (!config.streaming() && config.polling().enabled())) {
            runtime.syncClock();
        }
    }
}
