package io.minutebars.core.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.minutebars.model.Messaging;
import io.minutebars.core.ratelimit.RetryGuards;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
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
@Startup
public class BarPublisher {
    private static final Logger LOG = Logger.getLogger(BarPublisher.class);

    @Inject
    @Channel("bars")
    @OnOverflow(OnOverflow.Strategy.UNBOUNDED_BUFFER)
    Emitter<byte[]> emitter;

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong pendingBars = new AtomicLong();
    private final AtomicLong pendingBytes = new AtomicLong();
    /** Unconfirmed messages per market (native symbol): a market's restart point moves only when it has none. */
    private final Map<String, AtomicLong> pendingByMarket = new ConcurrentHashMap<>();
    private Counter published;
    private Counter retried;
    /**
     * Until the broker confirms: 250 ms, then twice as long each time, at most 5 s apart (a bar retried late after
     * the broker is back holds its market's restart point back as long); no wait holds a thread.
     */
    private Guard untilConfirmed;

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

    @PostConstruct
    void retries() {
        untilConfirmed = RetryGuards.backoff("bar publish", -1, Duration.ofSeconds(5), e -> true, e -> {
            retried.increment();
            LOG.warnf("broker did not confirm a message of bar(s) (%s); retrying", e.getMessage());
        });
    }

    /** Fire and forget for the engine thread: confirmed eventually, never dropped; completes on the confirm. */
    public CompletionStage<Void> publishLive(Bar bar) {
        return publish(List.of(bar));
    }

    /** Completes once the broker confirmed the message. */
    public CompletionStage<Void> publish(List<Bar> bars) {
        if (bars.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        byte[] body = Json.writeBars(bars);
        AtomicLong market = pendingByMarket.computeIfAbsent(bars.get(0).nativeSymbol(), k -> new AtomicLong());
        market.incrementAndGet();
        pending.incrementAndGet();
        pendingBars.addAndGet(bars.size());
        pendingBytes.addAndGet(body.length);
        String key = bars.get(0).routingKey();
        int count = bars.size();
        try {
            @SuppressWarnings("unchecked")
            CompletionStage<Void> confirmed = untilConfirmed.call(() -> send(body, key, count), CompletionStage.class);
            return confirmed.thenRun(() -> {
                market.decrementAndGet();
                pending.decrementAndGet();
                pendingBars.addAndGet(-count);
                pendingBytes.addAndGet(-body.length);
                published.increment(count);
            });
        } catch (Exception e) {
            throw new IllegalStateException("bars for " + key + " not sent: " + e.getMessage(), e);
        }
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

    /** One attempt: completes when the broker confirms the message, fails when it does not. */
    private CompletionStage<Void> send(byte[] body, String key, int count) {
        CompletableFuture<Void> confirmed = new CompletableFuture<>();
        OutgoingRabbitMQMetadata meta = OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(key)
                .withDeliveryMode(2)
                .withContentType("application/json")
                .withHeader(Messaging.BAR_COUNT_HEADER, count)
                .build();
        Message<byte[]> msg = Message.of(body)
                .addMetadata(meta)
                .withAck(() -> {
                    confirmed.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    confirmed.completeExceptionally(e);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(msg);
        } catch (RuntimeException e) {
            // the channel itself refused (e.g. not yet connected): same retry path
            confirmed.completeExceptionally(e);
        }
        return confirmed;
    }
}
