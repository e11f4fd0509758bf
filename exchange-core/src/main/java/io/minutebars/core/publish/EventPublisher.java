package io.minutebars.core.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import io.minutebars.model.Json;
import io.minutebars.model.Messaging;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes the instrument catalog and ingest errors to {@code market.events} (channel {@code events})
 * for the ledger. Best effort with confirms: an error report that cannot be delivered is logged.
 */
@ApplicationScoped
public class EventPublisher {
    private static final Logger LOG = Logger.getLogger(EventPublisher.class);

    @Inject
    @Channel("events")
    @OnOverflow(value = OnOverflow.Strategy.DROP)
    Emitter<byte[]> emitter;

    @Inject
    MeterRegistry registry;

    public void instruments(String exchange, List<Instrument> instruments) {
        send(Messaging.instrumentKey(exchange), Json.write(instruments));
    }

    public void error(IngestError error) {
        registry.counter("minutebars.ingest.errors", "kind", error.kind().name()).increment();
        send(Messaging.errorKey(error.exchange()), Json.write(error));
    }

    private void send(String key, String json) {
        OutgoingRabbitMQMetadata meta = OutgoingRabbitMQMetadata.builder().withRoutingKey(key).withDeliveryMode(2)
                .withContentType("application/json").build();
        Message<byte[]> msg = Message.of(json.getBytes(StandardCharsets.UTF_8)).addMetadata(meta)
                .withNack(e -> {
                    LOG.warnf("event %s not delivered: %s", key, e.getMessage());
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(msg);
        } catch (RuntimeException e) {
            LOG.warnf("event %s not sent: %s", key, e.getMessage());
        }
    }
}
