package io.minutebars.core.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.minutebars.model.Messaging;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * outage delays bars but loses none. All bars of one message belong to one market. What waits for a
 * confirm is counted in bars and bytes: past {@code minutebars.publish.max-pending-*} the buffer is full and
 * the live path stops taking trades (see ExchangeRuntime), so an outage cannot grow it without bound.
 */
@ApplicationScoped
@io.quarkus.runtime.Startup
public class BarPublisher {
    private static final Logger LOG = Logger.getLogger(BarPublisher.class);
    /** Short: a bar retried late after the broker is back holds its market's restart point back as long. */
    private static final long MAX_RETRY_DELAY_MS = 5_000;

    @Inject
    @Channel("bars")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<byte[]> emitter;

    @Inject
    Vertx vertx;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong pendingBars = new AtomicLong();
    private final AtomicLong pendingBytes = new AtomicLong();
    /** Unconfirmed messages per market (native symbol): a market's restart point moves only when it has none. */
    private final Map<String, AtomicLong> pendingByMarket = new ConcurrentHashMap<>();
    private Counter published;
    private Counter retried;

    @Inject
    ExchangeConfig config;

    @Inject
    void metrics(MeterRegistry registry) {
        published = registry.counter("minutebars.bars.published");
        retried = registry.counter("minutebars.bars.publish.retries");
        registry.gauge("minutebars.bars.publish.pending", pending);
        registry.gauge("minutebars.bars.publish.pending.bars", pendingBars);
        registry.gauge("minutebars.bars.publish.pending.bytes", pendingBytes);
        registry.gauge("minutebars.bars.publish.fill", this, BarPublisher::fill);
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
        byte[] body = Json.writeBars(bars);
        AtomicLong market = pendingByMarket.computeIfAbsent(bars.get(0).nativeSymbol(), k -> new AtomicLong());
        market.incrementAndGet();
        pending.incrementAndGet();
        pendingBars.addAndGet(bars.size());
        pendingBytes.addAndGet(body.length);
        done.thenRun(market::decrementAndGet);
        send(body, bars.get(0).routingKey(), bars.size(), 250, done);
        return done;
    }

    /** Messages not yet confirmed. */
    public long pending() {
        return pending.get();
    }

    /** Messages of one market (native symbol) not yet confirmed. */
    public long pending(String nativeSymbol) {
        AtomicLong n = pendingByMarket.get(nativeSymbol);
        return n == null ? 0 : n.get();
    }

    /** How full the buffer of unconfirmed bars is: the larger of its shares of the bar and byte limits. */
    public double fill() {
        return Math.max(pendingBars.get() / (double) config.publish().maxPendingBars(),
                pendingBytes.get() / (double) config.publish().maxPendingBytes());
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
                    pendingBars.addAndGet(-count);
                    pendingBytes.addAndGet(-body.length);
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
