package io.minutebars.aggregator.outage;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.aggregator.config.AggregatorConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The two stores the consumers write to, and what a consumer does when one fails transiently: wait the backoff on
 * its worker thread (the consumer takes no other message meanwhile; never on the event loop) and give the message
 * back to the broker with requeue, so it is tried again; nothing is dead-lettered for an outage.
 */
@ApplicationScoped
public class Outages {
    private static final Logger LOG = Logger.getLogger(Outages.class);

    @Inject AggregatorConfig config;
    @Inject MeterRegistry registry;

    private Outage bars;
    private Outage ledger;
    private volatile boolean stopping;

    @PostConstruct
    void init() {
        bars = new Outage("bar store (MongoDB)", config.outage().initialBackoff(), config.outage().maxBackoff());
        ledger = new Outage("ledger (PostgreSQL)", config.outage().initialBackoff(), config.outage().maxBackoff());
    }

    public Outage bars() {
        return bars;
    }

    public Outage ledger() {
        return ledger;
    }

    /** During shutdown a failure says nothing about the message (clients close under it): requeue, never park. */
    public boolean stopping() {
        return stopping;
    }

    void onStop(@Observes ShutdownEvent ev) {
        stopping = true;
        bars.stop();
        ledger.stop();
    }

    /** Records the failure, waits the backoff (less if the store recovers) and requeues the message. */
    public CompletionStage<Void> retryLater(Outage outage, Message<?> message, Throwable e) {
        Duration wait = stopping ? Duration.ZERO : outage.failed(e);
        registry.counter("aggregator.store.retries", "store", outage == bars ? "bars" : "ledger").increment();
        LOG.warnf("%s failing (%s); the message is requeued in %d ms", outage.name(), e, wait.toMillis());
        try {
            outage.await(wait);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
        return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
    }
}
