package io.minutebars.core.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.minutebars.model.Messaging;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes closed bars to {@code market.bars} (channel {@code bars}): persistent, with publisher
 * confirms. A message the broker did not confirm is retried with backoff until it is, so a broker
 * outage delays bars but loses none. All bars of one message belong to one market.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup
public class BarPublisher {
    private static final Logger LOG = Logger.getLogger(BarPublisher.class);
    private static final long MAX_RETRY_DELAY_MS = 30_000;

    @Inject
    @Channel("bars")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<byte[]> emitter;

    @Inject
    Vertx vertx;

    private final AtomicLong pending = new AtomicLong();
    private Counter published;
    private Counter retried;

    @Inject
    void metrics(MeterRegistry registry) {
        published = registry.counter("minutebars.bars.published");
        retried = registry.counter("minutebars.bars.publish.retries");
        registry.gauge("minutebars.bars.publish.pending", pending);
    }

    /** Fire and forget for the engine thread: confirmed eventually, never dropped. */
    public void publishLive(Bar bar) {
        publish(List.of(bar));
    }

    /** Completes once the broker confirmed the message. */
    public CompletionStage<Void> publish(List<Bar> bars) {
        if (bars.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        pending.incrementAndGet();
        send(Json.writeBars(bars), bars.get(0).routingKey(), bars.size(), 250, done);
        return done;
    }

    public long pending() {
        return pending.get();
    }

    private void send(byte[] body, String key, int count, long delay, CompletableFuture<Void> done) {
        OutgoingRabbitMQMetadata meta = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(key)
                .withDeliveryMode(2)
                .withContentType("application/json")
                .withHeader(Messaging.BAR_COUNT_HEADER, count)
                .build();
        Message<byte[]> msg = Message.of(body)
                .addMetadata(meta)
                .withAck(() -> {
                    pending.decrementAndGet();
                    published.increment(count);
                    done.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    retried.increment();
                    LOG.warnf("broker did not confirm %d bar(s) for %s (%s); retrying in %d ms", count, key,
                            e.getMessage(), delay);
                    vertx.setTimer(delay, id -> send(body, key, count, Math.min(delay * 2, MAX_RETRY_DELAY_MS), done));
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(msg);
        } catch (RuntimeException e) {
            // the channel itself refused (e.g. not yet connected): same retry path
            msg.nack(e);
        }
    }
}
