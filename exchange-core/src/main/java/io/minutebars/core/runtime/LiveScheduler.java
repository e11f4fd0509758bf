package io.minutebars.core.runtime;

import io.minutebars.core.capability.CapabilityRegistry;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.core.publish.EventPublisher;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The periodic work of the live path, on the Quarkus scheduler: each task does nothing until the live path (or the
 * poller, for the clock) runs. The defaults repeat ExchangeConfig's, which the expressions cannot see.
 */
@ApplicationScoped
public class LiveScheduler {
    private static final Logger LOG = Logger.getLogger(LiveScheduler.class);

    @Inject ExchangeRuntime runtime;
    @Inject CapabilityRegistry caps;
    @Inject EventPublisher events;
    @Inject RuntimeState state;
    @Inject ExchangeConfig config;

    @Scheduled(every = "${minutebars.checkpoint.interval:PT5S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void checkpoint() {
        runtime.saveCheckpoint();
    }

    @Scheduled(every = "${minutebars.catalog-refresh:PT1H}", delayed = "${minutebars.catalog-refresh:PT1H}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    /** The exchange's catalog, published to the ledger again. */
    void catalog() {
        if (!state.started()) {
            return;
        }
        try {
            events.instruments(caps.exchangeId(), runtime.rest().call("instruments", null, 20,
                    caps.catalog()::instruments));
        } catch (Exception e) {
            LOG.warnf("catalog refresh failed: %s", e.getMessage());
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
