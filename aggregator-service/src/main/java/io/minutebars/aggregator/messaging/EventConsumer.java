package io.minutebars.aggregator.messaging;

import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.aggregator.config.AggregatorConfig;
import io.minutebars.aggregator.outage.Outages;
import io.minutebars.aggregator.outage.StoreErrors;
import io.minutebars.aggregator.repository.LedgerRepository;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import io.minutebars.model.Json;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.rabbitmq.IncomingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Consumes {@code market.events} into the PostgreSQL ledger. A PostgreSQL outage requeues the event after a
 * backoff ({@link Outages}); only an event that can never be stored goes to its dead-letter queue.
 */
@ApplicationScoped
public class EventConsumer {
    private static final TypeReference<List<Instrument>> INSTRUMENTS = new TypeReference<>() { };

    @Inject LedgerRepository ledger;
    @Inject DeadLetters deadLetters;
    @Inject Outages outages;
    @Inject AggregatorConfig config;

    @ConfigProperty(name = "mp.messaging.incoming.events.dead-letter-routing-key")
    String dlq;

    @Incoming("events")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        String key = message.getMetadata(IncomingRabbitMQMetadata.class).map(IncomingRabbitMQMetadata::getRoutingKey)
                .orElse("");
        try {
            if (message.getPayload() == null || message.getPayload().length > config.maxMessageBytes()) {
                throw new IllegalArgumentException("event larger than aggregator.max-message-bytes");
            }
            if (key.startsWith("instrument.")) {
                ledger.upsertInstruments(Json.mapper().readValue(message.getPayload(), INSTRUMENTS));
            } else if (key.startsWith("error.")) {
                IngestError error = Json.read(message.getPayload(), IngestError.class);
                if (error.exchange() == null || error.kind() == null || error.message() == null) {
                    throw new IllegalArgumentException("ingest error lacks exchange, kind or message");
                }
                ledger.record(error);
            } else {
                throw new IllegalArgumentException("unexpected routing key " + key);
            }
        } catch (Exception e) {
            if (outages.stopping() || StoreErrors.isTransient(e)) {
                return outages.retryLater(outages.ledger(), message, e);
            }
            return deadLetters.park(dlq, message, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        outages.ledger().recovered();
        return message.ack();
    }
}
