package io.minutebars.query.support;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The write side in front of the query-api under test: the built aggregator-service runs as its own process
 * against the machine's RabbitMQ and PostgreSQL and an in-JVM MongoDB-wire server that query-api reads too.
 * Bars published to {@link #BARS_EXCHANGE} travel RabbitMQ -> aggregator -> MongoDB, and the aggregator's
 * {@code market.stored} announcements reach query-api, exactly as in production. Exchanges and queues are
 * named after the run and auto-deleted.
 */
public class AggregatorPipeline implements QuarkusTestResourceLifecycleManager {
    private static final String RUN = "qtest-" + UUID.randomUUID().toString().substring(0, 8);
    public static final String BARS_EXCHANGE = RUN + ".bars";
    private MongoServer mongo;
    private Process aggregator;

    @Override
    public Map<String, String> start() {
        mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        String mongoUri = "mongodb://127.0.0.1:" + address.getPort();
        try {
            int port = freePort();
            aggregator = launch(aggregatorProps(mongoUri, port));
            awaitReady(port);
        } catch (IOException | InterruptedException e) {
            stop();
            throw new IllegalStateException("aggregator-service did not start: " + e, e);
        }
        return Map.of("quarkus.mongodb.connection-string", mongoUri,
                "mp.messaging.incoming.stored-bars.exchange.name", RUN + ".stored",
                "mp.messaging.incoming.stored-bars.exchange.auto-delete", "true");
    }

    private static Map<String, String> aggregatorProps(String mongoUri, int port) {
        Map<String, String> p = new HashMap<>();
        p.put("quarkus.http.port", Integer.toString(port));
        p.put("quarkus.mongodb.connection-string", mongoUri);
        p.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/minutebars_test");
        p.put("aggregator.queue-type", "classic"); // run-scoped auto-delete queues cannot be quorum queues
        // the built service runs in the prod profile: no credential defaults there
        p.put("quarkus.datasource.username", "postgres");
        p.put("quarkus.datasource.password", "postgres");
        p.put("rabbitmq-username", "guest");
        p.put("rabbitmq-password", "guest");
        p.put("minutebars.security.operator-keys", "pipeline-operator-key-0123456789");
        for (String ch : List.of("bars", "events")) {
            p.put("mp.messaging.incoming." + ch + ".exchange.name", RUN + "." + ch);
            p.put("mp.messaging.incoming." + ch + ".exchange.auto-delete", "true");
            p.put("mp.messaging.incoming." + ch + ".queue.name", RUN + ".aggregator." + ch);
            p.put("mp.messaging.incoming." + ch + ".queue.auto-delete", "true");
            p.put("mp.messaging.incoming." + ch + ".dead-letter-queue-name", "qtest.aggregator." + ch + ".dlq");
            p.put("mp.messaging.incoming." + ch + ".dead-letter-routing-key", "qtest.aggregator." + ch + ".dlq");
        }
        p.put("mp.messaging.outgoing.stored.exchange.name", RUN + ".stored");
        p.put("mp.messaging.outgoing.stored.exchange.auto-delete", "true");
        return p;
    }

    private static Process launch(Map<String, String> props) throws IOException {
        Path jar = Path.of("../aggregator-service/target/quarkus-app/quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build the reactor (aggregator-service is packaged first)");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:TieredStopAtLevel=1"));
        props.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("-jar", jar.toString()));
        Path log = Path.of("target/aggregator-pipeline.log");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void awaitReady(int port) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!aggregator.isAlive()) {
                throw new IOException("it exited; see target/aggregator-pipeline.log");
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/q/health/ready")
                        .toURL().openConnection();
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException("not ready within 90 s; see target/aggregator-pipeline.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (aggregator != null) {
            aggregator.destroy();
            try {
                aggregator.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            aggregator.destroyForcibly();
        }
        if (mongo != null) {
            mongo.shutdownNow();
        }
    }
}
