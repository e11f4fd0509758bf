package io.minutebars.e2e;

import io.minutebars.testsupport.ServiceProcess;
import io.minutebars.testsupport.Wiring;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The processes of one end-to-end run: a MongoDB-wire server, the simulator (60x, fixed start and
 * seed), aggregator-service, query-api and the four exchange services, against the machine's RabbitMQ
 * and PostgreSQL, wired through RabbitMQ exchanges named after the run.
 */
final class Suite implements AutoCloseable {
    static final double SPEED = 60;
    final String run = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    final List<ServiceProcess> processes = new ArrayList<>();
    final Map<String, ServiceProcess> exchanges = new LinkedHashMap<>();
    ServiceProcess mongo;
    ServiceProcess simulator;
    ServiceProcess aggregator;
    ServiceProcess query;

    static Path jar(String module) {
        return ServiceProcess.repo().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private ServiceProcess start(String name, Path jar, int port, Map<String, String> props, List<String> args)
            throws Exception {
        Map<String, String> all = new HashMap<>(props);
        if (args.isEmpty()) {
            all.put("quarkus.http.port", Integer.toString(port)); // a Quarkus service
            all.putAll(Wiring.secrets());
        }
        ServiceProcess p = ServiceProcess.start(name, jar, port, all, args);
        processes.add(p);
        return p;
    }

    Suite start() throws Exception {
        int mongoPort = ServiceProcess.freePort();
        mongo = start("mongo-wire-server", ServiceProcess.repo().resolve("mongo-wire-server/target/mongo-wire-server.jar"),
                mongoPort, Map.of(), List.of("--memory", "--port", Integer.toString(mongoPort)));
        simulator = start("exchange-simulator", jar("exchange-simulator"), ServiceProcess.freePort(), Map.of(
                "simulator.speed", Double.toString(SPEED), "simulator.start", "2024-03-01T00:00:00Z",
                "simulator.seed", "7", "simulator.symbols", "BTCUSDT,ETHUSDT"), List.of());
        String mongoUri = "mongodb://127.0.0.1:" + mongoPort;
        aggregator = start("aggregator-service", jar("aggregator-service"), ServiceProcess.freePort(),
                Wiring.aggregator(run, "e2e", mongoUri), List.of());
        query = start("query-api", jar("query-api"), ServiceProcess.freePort(), Wiring.query(run, mongoUri), List.of());
        ServiceProcess.waitUntil("the simulator", Duration.ofSeconds(90),
                () -> Http.status(simulator.url("/q/health/ready")) == 200, simulator, mongo);
        ServiceProcess.waitUntil("aggregator readiness", Duration.ofSeconds(120),
                () -> Http.status(aggregator.url("/q/health/ready")) == 200, aggregator, mongo);
        for (Venue v : Venue.ALL) {
            exchanges.put(v.exchange(), start(v.module(), jar(v.module()), ServiceProcess.freePort(),
                    Wiring.exchange(run, simulator.url(v.prefix()), SPEED, v.nativeSymbols()), List.of()));
        }
        List<ServiceProcess> waiting = new ArrayList<>(exchanges.values());
        waiting.add(query);
        for (ServiceProcess p : waiting) {
            ServiceProcess.waitUntil(p.name + " readiness", Duration.ofSeconds(120),
                    () -> Http.status(p.url("/q/health/ready")) == 200, p, mongo);
        }
        return this;
    }

    ServiceProcess service(Venue v) {
        return exchanges.get(v.exchange());
    }

    ServiceProcess[] all() {
        return processes.toArray(ServiceProcess[]::new);
    }

    /**
     * What an operator would look at first when bars are missing: every exchange service's stream status (connected,
     * bars awaiting the broker's confirm), the aggregator's readiness (its stores), and the tail of each log.
     */
    String diagnostics() {
        StringBuilder sb = new StringBuilder("\n=== diagnostics ===");
        exchanges.forEach((exchange, p) -> sb.append("\n").append(exchange).append(" streams: ")
                .append(body(p.url("/api/v1/streams"))));
        sb.append("\naggregator readiness: ").append(body(aggregator.url("/q/health/ready")));
        for (ServiceProcess p : processes) {
            sb.append("\n--- ").append(p.name).append(p.alive() ? "" : " (dead)").append(" ---\n").append(p.logTail());
        }
        return sb.toString();
    }

    private static String body(String url) {
        try {
            var node = Http.get(url);
            return node == null ? "(empty)" : node.toString();
        } catch (AssertionError e) {
            return e.getMessage();
        }
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
    }
}
