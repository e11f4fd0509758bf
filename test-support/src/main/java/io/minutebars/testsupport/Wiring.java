package io.minutebars.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings that wire one test run's processes together. Exchanges and queues are named after the run and
 * auto-deleted, so a run never feeds (or is fed by) a local stack or another run; dead-letter queues, which
 * outlive a run by design, are named after the suite ({@code dlqPrefix}).
 */
public final class Wiring {
    public static final String NOMICS_KEY = "e2e-secret-key-4f1c";
    public static final String OPERATOR_KEY = "e2e-operator-key-0123456789";
    public static final String CURSOR_SECRET = "e2e-cursor-secret-0123456789abcdefghij";

    private Wiring() {
    }

    /**
     * The credentials every service needs outside the dev and test profiles (they refuse to start without):
     * the machine's local broker and database, a run-scoped operator key and query-api's cursor signing key.
     */
    public static Map<String, String> secrets() {
        return Map.of("rabbitmq-username", "guest", "rabbitmq-password", "guest",
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres",
                "minutebars.security.operator-keys", OPERATOR_KEY, "query.cursor.secret", CURSOR_SECRET);
    }

    /** An exchange service against the simulator's API at {@code apiUrl} (e.g. http://host:port/bybit). */
    public static Map<String, String> exchange(String run, String apiUrl, double speed, List<String> markets) {
        Map<String, String> p = new HashMap<>();
        p.put("minutebars.exchange.rest-url", apiUrl);
        p.put("minutebars.exchange.ws-url", apiUrl.replaceFirst("^http", "ws"));
        p.put("minutebars.clock.speed", Double.toString(speed));
        p.put("minutebars.grace", "PT5S");
        p.put("minutebars.markets", String.join(",", markets));
        p.put("minutebars.rate-limit.weight-per-minute", "6000");
        // a polled source asks every wall second (one simulated minute at 60x)
        p.put("minutebars.polling.interval", "PT1S");
        p.put("nomics.api-key", NOMICS_KEY);
        exchange(p, "outgoing.bars", run + ".bars");
        exchange(p, "outgoing.events", run + ".events");
        return p;
    }

    /** aggregator-service reading the run's bars and events, its dead-letter queues named {@code <dlqPrefix>.aggregator.*}. */
    public static Map<String, String> aggregator(String run, String dlqPrefix, String mongoUri) {
        Map<String, String> p = new HashMap<>();
        p.put("quarkus.mongodb.connection-string", mongoUri);
        p.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/minutebars_test");
        p.put("aggregator.queue-type", "classic"); // run-scoped auto-delete queues cannot be quorum queues
        p.put("minutebars.store.dialect", "embedded"); // the MongoDB-wire server stands in for MongoDB
        for (String ch : List.of("bars", "events")) {
            exchange(p, "incoming." + ch, run + "." + ch);
            p.put("mp.messaging.incoming." + ch + ".queue.name", run + ".aggregator." + ch);
            p.put("mp.messaging.incoming." + ch + ".queue.auto-delete", "true");
            p.put("mp.messaging.incoming." + ch + ".dead-letter-queue-name", dlqPrefix + ".aggregator." + ch + ".dlq");
            p.put("mp.messaging.incoming." + ch + ".dead-letter-routing-key", dlqPrefix + ".aggregator." + ch + ".dlq");
        }
        exchange(p, "outgoing.stored", run + ".stored");
        return p;
    }

    public static Map<String, String> query(String run, String mongoUri) {
        Map<String, String> p = new HashMap<>();
        p.put("quarkus.mongodb.connection-string", mongoUri);
        // the checks page through every market from one address: above the per-client rate limit, which
        // query-api's own tests cover
        p.put("query.rate-limit.capacity", "1000000");
        p.put("query.rate-limit.refill-per-second", "1000000");
        exchange(p, "incoming.stored-bars", run + ".stored");
        return p;
    }

    private static void exchange(Map<String, String> p, String channel, String name) {
        p.put("mp.messaging." + channel + ".exchange.name", name);
        p.put("mp.messaging." + channel + ".exchange.auto-delete", "true");
    }
}
