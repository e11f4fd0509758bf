package io.minutebars.aggregator;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An in-JVM MongoDB-wire server (which a test may stop and start again on the same port, its data kept) and
 * per-run queue names on the real broker, so runs never see each other's messages. Every aggregator test class
 * uses this resource and no profile, so they share one Quarkus boot.
 */
public class AggregatorTestResource implements QuarkusTestResourceLifecycleManager {
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String BARS_EXCHANGE = "market.bars.test";
    static final String EVENTS_EXCHANGE = "market.events.test";
    static final String STORED_EXCHANGE = "market.stored.test";
    static final String BARS_DLQ = "aggregator.bars.dlq.test-" + RUN;
    static final String EVENTS_DLQ = "aggregator.events.dlq.test-" + RUN;
    static final String BARS_QUEUE = "aggregator.bars.test-" + RUN;
    static final String EVENTS_QUEUE = "aggregator.events.test-" + RUN;
    private static final MemoryBackend BACKEND = new MemoryBackend();
    private static MongoServer mongo;
    private static InetSocketAddress address;

    @Override
    public Map<String, String> start() {
        mongo = new MongoServer(BACKEND);
        address = mongo.bind();
        Map<String, String> c = new HashMap<>();
        c.put("quarkus.mongodb.connection-string", "mongodb://127.0.0.1:" + address.getPort());
        c.put("mp.messaging.incoming.bars.exchange.name", BARS_EXCHANGE);
        c.put("mp.messaging.incoming.bars.queue.name", BARS_QUEUE);
        c.put("mp.messaging.incoming.bars.dead-letter-queue-name", BARS_DLQ);
        c.put("mp.messaging.incoming.bars.dead-letter-routing-key", BARS_DLQ);
        c.put("mp.messaging.incoming.bars.queue.auto-delete", "true");
        c.put("mp.messaging.incoming.events.queue.auto-delete", "true");
        c.put("mp.messaging.incoming.events.exchange.name", EVENTS_EXCHANGE);
        c.put("mp.messaging.incoming.events.queue.name", EVENTS_QUEUE);
        c.put("mp.messaging.incoming.events.dead-letter-queue-name", EVENTS_DLQ);
        c.put("mp.messaging.incoming.events.dead-letter-routing-key", EVENTS_DLQ);
        c.put("mp.messaging.outgoing.stored.exchange.name", STORED_EXCHANGE);
        return c;
    }

    /** A store outage: the server stops listening and drops every connection. */
    static synchronized void stopMongo() {
        mongo.shutdownNow();
    }

    /** The store is back, on the same port, with the data it held. */
    static synchronized void startMongo() {
        mongo = new MongoServer(BACKEND);
        mongo.bind(address.getHostString(), address.getPort());
    }

    @Override
    public void stop() {
        if (mongo != null) {
            mongo.shutdownNow();
        }
        // the dead-letter queues outlive the consumers (not auto-delete): gone with the run
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        try (Connection connection = f.newConnection(); var channel = connection.createChannel()) {
            channel.queueDelete(BARS_DLQ);
            channel.queueDelete(EVENTS_DLQ);
        } catch (Exception e) {
            System.err.println("dead-letter queues of run " + RUN + " not deleted: " + e);
        }
    }
}
