package io.minutebars.aggregator.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.aggregator.config.AggregatorConfig;
import io.minutebars.aggregator.outage.Outages;
import io.minutebars.aggregator.outage.StoreErrors;
import io.minutebars.aggregator.repository.BarRepository;
import io.minutebars.aggregator.rollup.RollupService;
import io.minutebars.aggregator.store.BarValidator;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code market.bars} (queue {@code aggregator.bars}): validates, stores, keeps the rollups, announces on
 * {@code market.stored} the bars the message carries as stored, and acknowledges only after all of it. Every step
 * is idempotent, so a redelivery (after a crash, or a requeue) is harmless and completes what was interrupted. A
 * transient store failure requeues the message after a backoff ({@link Outages}); only a message that can never
 * succeed goes to {@code aggregator.bars.dlq} with the reason.
 */
@ApplicationScoped
public class BarConsumer {

    @Inject BarRepository repository;
    @Inject RollupService rollups;
    @Inject StoredPublisher stored;
    @Inject StoreLag storeLag;
    @Inject DeadLetters deadLetters;
    @Inject Outages outages;
    @Inject AggregatorConfig config;
    @Inject MeterRegistry registry;

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
        String stage = "write";
        try {
            List<Bar> held = registry.timer("aggregator.bars.write").recordCallable(() -> repository.store(bars));
            storeLag.stored(held);
            // announced as soon as stored: a rollup failure below must not keep readers on stale minutes
            stored.announce(held);
            stage = "rollup";
            // every incoming 1m bar (stored or a duplicate) recomputes its windows: idempotent, and a redelivered
            // message repairs a rollup an interrupted delivery left behind
            stored.announce(registry.timer("aggregator.rollups.write").recordCallable(() -> rollups.update(bars)));
        } catch (Exception e) {
            if (outages.stopping() || StoreErrors.isTransient(e)) {
                return outages.retryLater(outages.bars(), message, e);
            }
            registry.counter("aggregator.bars.failures", "stage", stage).increment();
            return deadLetters.park(dlq, message, stage + " failed: " + e);
        }
        outages.bars().recovered();
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
