package io.minutebars.aggregator.outage;

import io.minutebars.aggregator.repository.BarRepository;
import io.minutebars.aggregator.repository.LedgerRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * While a store is failing, pings it now and then: a replica whose requeued messages went to another replica
 * would otherwise stay not ready until its next message. Does nothing while the stores are up.
 */
@ApplicationScoped
public class OutageProbe {
    @Inject Outages outages;
    @Inject BarRepository bars;
    @Inject LedgerRepository ledger;

    @Scheduled(every = "${aggregator.outage.probe-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        if (outages.bars().failing()) {
            probe(outages.bars(), bars::ping);
        }
        if (outages.ledger().failing()) {
            probe(outages.ledger(), ledger::ping);
        }
    }

    private static void probe(Outage outage, Runnable ping) {
        try {
            ping.run();
            outage.recovered();
        } catch (RuntimeException e) {
            outage.stillFailing(e);
        }
    }
}
