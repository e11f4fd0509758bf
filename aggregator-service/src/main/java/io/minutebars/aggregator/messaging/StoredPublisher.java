package io.minutebars.aggregator.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Announces stored bars on {@code market.stored} (transient), one message per market, so readers
 * invalidate caches and feed live streams. A lost announcement only delays a cache refresh: it is
 * logged and counted, never blocks the acknowledgement of the stored message.
 */
@ApplicationScoped
public class StoredPublisher {
    private static final Logger LOG = Logger.getLogger(StoredPublisher.class);

    @Inject
    @Channel("stored")
    @OnOverflow(OnOverflow.Strategy.DROP)
    Emitter<byte[]> emitter;

    @Inject
    MeterRegistry registry;

    public void announce(List<Bar> changed) {
        Map<String, List<Bar>> byKey = new LinkedHashMap<>();
        changed.forEach(b -> byKey.computeIfAbsent(b.routingKey(), k -> new ArrayList<>()).add(b));
        byKey.forEach((key, bars) -> {
            OutgoingRabbitMQMetadata meta = OutgoingRabbitMQMetadata.builder().withRoutingKey(key).withDeliveryMode(1)
                    .withContentType("application/json").build();
            try {
                emitter.send(Message.of(Json.writeBars(bars)).addMetadata(meta).withNack(e -> {
                    registry.counter("aggregator.stored.announce.failures").increment();
                    LOG.warnf("stored announcement for %s not delivered: %s", key, e.getMessage());
                    return CompletableFuture.completedFuture(null);
                }));
            } catch (RuntimeException e) {
                registry.counter("aggregator.stored.announce.failures").increment();
                LOG.warnf("stored announcement for %s not sent: %s", key, e.getMessage());
            }
        });
    }
}
