package io.minutebars.aggregator.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.aggregator.repository.BarRepository;
import io.minutebars.aggregator.store.BarValidator;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code market.bars} (queue {@code aggregator.bars}): validates, stores, announces the bars
 * that changed on {@code market.stored}, and acknowledges only after the write. A message that cannot be
 * processed goes to {@code aggregator.bars.dlq} with the reason.
 */
@ApplicationScoped
public class BarConsumer {

    @Inject BarRepository repository;
    @Inject StoredPublisher stored;
    @Inject DeadLetters deadLetters;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "mp.messaging.incoming.bars.dead-letter-routing-key")
    String dlq;
    @Inject MeterRegistry registry;
    @Inject io.minutebars.aggregator.rollup.RollupService rollups;

    @Incoming("bars")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        List<Bar> bars;
        try {
            bars = Json.readBars(message.getPayload());
            if (bars.isEmpty()) {
                throw new IllegalArgumentException("a bar message holds no bar");
            }
            bars.forEach(BarValidator::validate);
        } catch (IllegalArgumentException e) {
            return deadLetter(message, "invalid: " + e.getMessage());
        }
        List<Bar> changed;
        try {
            changed = registry.timer("aggregator.bars.write").recordCallable(() -> repository.store(bars));
        } catch (Exception e) {
            // the write kept failing after the repository's retries: park it rather than block the queue
            return deadLetter(message, "write failed: " + e);
        }
        List<Bar> announced = new java.util.ArrayList<>(changed);
        try {
            // every incoming 1m bar (stored or a duplicate) recomputes its windows: idempotent, and a
            // redelivered message repairs a rollup a failure left behind
            announced.addAll(registry.timer("aggregator.rollups.write").recordCallable(() -> rollups.update(bars)));
        } catch (Exception e) {
            registry.counter("aggregator.rollups.failures").increment();
            org.jboss.logging.Logger.getLogger(BarConsumer.class).warnf("rollups not updated: %s", e.toString());
        }
        stored.announce(announced);
        return message.ack();
    }

    /** Acks the original once its dead letter is confirmed; if that fails the original is rejected (broker DLX). */
    private CompletionStage<Void> deadLetter(Message<byte[]> message, String reason) {
        return deadLetters.send(dlq, message, reason).handle((ok, err) -> err)
                .thenCompose(err -> err == null ? message.ack() : message.nack(err));
    }
}
