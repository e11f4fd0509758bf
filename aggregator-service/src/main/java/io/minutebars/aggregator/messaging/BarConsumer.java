package io.minutebars.aggregator.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.aggregator.config.AggregatorConfig;
import io.minutebars.aggregator.repository.BarRepository;
import io.minutebars.aggregator.rollup.RollupService;
import io.minutebars.aggregator.store.BarValidator;
import io.minutebars.aggregator.store.StoreFailures;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code market.bars} (queue {@code aggregator.bars}): validates, stores, rolls up, announces on
 * {@code market.stored}, and acknowledges only after all of it. A message that can never succeed goes to
 * {@code aggregator.bars.dlq} with the reason; one whose store is down goes back to the broker after a backoff
 * (readiness is down meanwhile), so an outage parks nothing.
 */
@ApplicationScoped
public class BarConsumer {
    static final String STORE = "mongodb";

    @Inject BarRepository repository;
    @Inject StoredPublisher stored;
    @Inject DeadLetters deadLetters;
    @Inject StorageHealth health;
    @Inject AggregatorConfig config;
    @Inject MeterRegistry registry;
    @Inject RollupService rollups;

    @ConfigProperty(name = "mp.messaging.incoming.bars.dead-letter-routing-key")
    String dlq;

    @Incoming("bars")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        List<Bar> bars;
        try {
            bars = decode(message.getPayload());
        } catch (RuntimeException e) {
            // a poison message goes to the dead-letter queue on its first delivery: it is never redelivered
            return deadLetters.park(dlq, message, "invalid: " + reason(e));
        }
        List<Bar> announced = new ArrayList<>();
        try {
            // a redelivered batch changes nothing, yet is announced again: the crash may have come before that
            announced.addAll(registry.timer("aggregator.bars.write").recordCallable(() -> repository.store(bars))
                    .current());
            // every incoming 1m bar recomputes its windows: idempotent, so a redelivery repairs what a failure left
            announced.addAll(registry.timer("aggregator.rollups.write").recordCallable(() -> rollups.update(bars)));
        } catch (Exception e) {
            if (StoreFailures.isTransient(e)) {
                return deadLetters.retryLater(message, health.failed(STORE, e), e);
            }
            return deadLetters.park(dlq, message, "write failed: " + e);
        }
        health.ok(STORE);
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
}
