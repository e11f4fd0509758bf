package io.minutebars.aggregator.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.aggregator.config.AggregatorConfig;
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
    @Inject AggregatorConfig config;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "mp.messaging.incoming.bars.dead-letter-routing-key")
    String dlq;
    @Inject MeterRegistry registry;
    @Inject io.minutebars.aggregator.rollup.RollupService rollups;

    @Incoming("bars")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        List<Bar> bars;
        try {
            bars = decode(message.getPayload());
        } catch (RuntimeException e) {
            // a poison message goes to the dead-letter queue on its first delivery: it is never redelivered
            return deadLetter(message, "invalid: " + reason(e));
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

    /** The message's bars, each validated; refuses what is too large before reading it. */
    List<Bar> decode(byte[] body) {
        if (body == null || body.length > config.maxMessageBytes()) {
            throw new IllegalArgumentException("message of " + (body == null ? 0 : body.length)
                    + " bytes, more than aggregator.max-message-bytes " + config.maxMessageBytes());
        }
        List<Bar> bars = Json.readBars(body);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a bar message holds no bar");
        }
        if (bars.size() > config.maxBarsPerMessage()) {
            throw new IllegalArgumentException("message of " + bars.size() + " bars, more than "
                    + "aggregator.max-bars-per-message " + config.maxBarsPerMessage());
        }
        bars.forEach(BarValidator::validate);
        return bars;
    }

    private static String reason(RuntimeException e) {
        String m = e.getMessage();
        return e instanceof IllegalArgumentException && m != null ? m : e.getClass().getSimpleName() + ": " + m;
    }

    /** Acks the original once its dead letter is confirmed; if that fails the original is rejected (broker DLX). */
    private CompletionStage<Void> deadLetter(Message<byte[]> message, String reason) {
        return deadLetters.send(dlq, message, reason).handle((ok, err) -> err)
                .thenCompose(err -> err == null ? message.ack() : message.nack(err));
    }
}
