package io.minutebars.aggregator.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.model.Messaging;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends a message that cannot be processed to its dead-letter queue (through the {@code aggregator.dlx}
 * exchange) with the reason and the original routing key, and waits for the broker's confirm: only then
 * may the original be acknowledged. Nothing is dropped silently.
 */
@ApplicationScoped
public class DeadLetters {
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    /** Header on dead letters naming the routing key they arrived with: a replay sends them back under it. */
    public static final String ORIGINAL_KEY_HEADER = "x-original-routing-key";

    @Inject
    @Channel("dead-letters")
    Emitter<byte[]> emitter;

    @Inject
    MeterRegistry registry;

    /**
     * Dead-letters a message that can never succeed and acks the original once its dead letter is confirmed; if that
     * fails the original is rejected (the broker's DLX then parks it, without the reason).
     */
    public CompletionStage<Void> park(String queue, Message<byte[]> original, String reason) {
        return send(queue, original, reason).handle((ok, err) -> err)
                .thenCompose(err -> err == null ? original.ack() : original.nack(err));
    }

    /** Completes once the broker confirmed the dead letter; fails (so the original is nacked) otherwise. */
    public CompletionStage<Void> send(String queue, Message<byte[]> original, String reason) {
        String key = original.getMetadata(IncomingRabbitMQMetadata.class).map(IncomingRabbitMQMetadata::getRoutingKey)
                .orElse("");
        OutgoingRabbitMQMetadata meta = OutgoingRabbitMQMetadata.builder().withRoutingKey(queue).withDeliveryMode(2)
                .withHeader(Messaging.FAILURE_REASON_HEADER, reason).withHeader(ORIGINAL_KEY_HEADER, key)
                .build();
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        emitter.send(Message.of(original.getPayload()).addMetadata(meta).withAck(() -> {
            confirmed.complete(null);
            return CompletableFuture.completedFuture(null);
        }).withNack(e -> {
            confirmed.completeExceptionally(e);
            return CompletableFuture.completedFuture(null);
        }));
        // never block here: the emitter may need this very thread to connect
        return confirmed.orTimeout(30, TimeUnit.SECONDS).thenRun(() -> {
            registry.counter("aggregator.dead.letters", "queue", queue).increment();
            LOG.warnf("dead-lettered a message (key %s) to %s: %s", key, queue, reason);
        });
    }
}
