package io.minutebars.query.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.minutebars.testsupport.ServiceProcess;
import io.minutebars.testsupport.Wiring;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The write side in front of the query-api under test: the built aggregator-service runs as its own process
 * against the machine's RabbitMQ and PostgreSQL and an in-JVM MongoDB-wire server that query-api reads too.
 * Bars published to {@link #BARS_EXCHANGE} travel RabbitMQ -> aggregator -> MongoDB, and the aggregator's
 * {@code market.stored} announcements reach query-api, exactly as in production. Exchanges and queues are
 * named after the run and auto-deleted ({@link Wiring}).
 */
public class AggregatorPipeline implements QuarkusTestResourceLifecycleManager {
    private static final String RUN = "qtest-" + UUID.randomUUID().toString().substring(0, 8);
    public static final String BARS_EXCHANGE = RUN + ".bars";
    private MongoServer mongo;
    private ServiceProcess aggregator;

    @Override
    public Map<String, String> start() {
        mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        String mongoUri = "mongodb://127.0.0.1:" + address.getPort();
        try {
            int port = ServiceProcess.freePort();
            Map<String, String> props = new HashMap<>(Wiring.aggregator(RUN, "qtest", mongoUri));
            props.putAll(Wiring.secrets()); // the built service runs in the prod profile: no credential defaults there
            props.put("quarkus.http.port", Integer.toString(port));
            aggregator = ServiceProcess.start("aggregator-pipeline", ServiceProcess.quarkusApp("aggregator-service"),
                    port, props, List.of(), Path.of("target").toAbsolutePath(), false);
            aggregator.awaitReady(Duration.ofSeconds(90));
        } catch (IOException | InterruptedException | AssertionError e) {
            stop();
            throw new IllegalStateException("aggregator-service did not start: " + e, e);
        }
        return Map.of("quarkus.mongodb.connection-string", mongoUri,
                "mp.messaging.incoming.stored-bars.exchange.name", RUN + ".stored",
                "mp.messaging.incoming.stored-bars.exchange.auto-delete", "true");
    }

    @Override
    public void stop() {
        if (aggregator != null) {
            aggregator.close();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }
}
