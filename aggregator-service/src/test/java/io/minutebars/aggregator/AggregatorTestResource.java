package io.minutebars.aggregator;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** An in-JVM MongoDB-wire server and per-run queue names on the real broker, so runs never see each other's messages. */
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
    private static int port;

    /**
     * The run's dead-letter queues, bound as the connector binds them: a test class that ran before may have
     * deleted them in its clean-up, and the running application does not declare them again.
     */
    static void ensureDeadLetterQueues(com.rabbitmq.client.Channel ch) throws java.io.IOException {
        ch.exchangeDeclare("aggregator.dlx", "direct", true);
        for (String q : new String[] {BARS_DLQ, EVENTS_DLQ}) {
            ch.queueDeclare(q, true, false, false, null);
            ch.queueBind(q, "aggregator.dlx", q);
        }
    }

    /** A store outage: the server goes away (its data stays) until {@link #startStore()}. */
    static synchronized void stopStore() {
        mongo.shutdownNow();
    }

    static synchronized void startStore() {
        mongo = new MongoServer(BACKEND);
        mongo.bind("127.0.0.1", port);
    }

    @Override
    public Map<String, String> start() {
        mongo = new MongoServer(BACKEND);
        var address = mongo.bind();
        port = address.getPort();
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

    @Override
    public void stop() {
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }
}
