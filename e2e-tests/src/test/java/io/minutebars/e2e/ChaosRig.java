package io.minutebars.e2e;

import io.minutebars.testsupport.ServiceProcess;
import io.minutebars.testsupport.Wiring;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The processes of a chaos run, each restartable on the same port with the same settings: a file-backed
 * MongoDB-wire server, the simulator, aggregator-service, query-api, binance-service and bybit-service
 * (each with a checkpoint file), all against a RabbitMQ node of the test's own ({@link RabbitNode}). The
 * run's exchanges and queues are durable, as in production: the aggregator's queue must hold the bars
 * published while the aggregator is down. Logs, checkpoints and the store file stay in
 * e2e-tests/target/chaos for the post-mortem.
 */
final class ChaosRig implements AutoCloseable {
    static final double SPEED = 60;
    static final List<Venue> VENUES = Venue.ALL.stream()
            .filter(v -> v.exchange().equals("binance") || v.exchange().equals("bybit")).toList();
    static final String STORE = "mongo-wire-server";
    static final String SIMULATOR = "exchange-simulator";
    static final String AGGREGATOR = "aggregator-service";
    static final String QUERY = "query-api";

    final long seed;
    final String run = "chaos-" + UUID.randomUUID().toString().substring(0, 8);
    final Path dir = ServiceProcess.repo().resolve("e2e-tests/target/chaos");
    final Path logs = dir.resolve("logs");
    final Path storeFile = dir.resolve("store/minutebars.mv");
    final Map<String, Role> roles = new LinkedHashMap<>();
    RabbitNode rabbit;
    /** The aggregator's ledger: a database of this run's own, so concurrent runs never share migrations or rows. */
    final String database = "minutebars_chaos_" + ProcessHandle.current().pid();
    private boolean databaseCreated;
    private final Thread hook = new Thread(this::close, "chaos-cleanup");

    ChaosRig(long seed) {
        this.seed = seed;
    }

    /** One restartable process. */
    final class Role {
        final String name;
        final int port;
        private final Path jar;
        private final Map<String, String> props;
        private final List<String> args;
        private volatile ServiceProcess current;
        private int starts;
        private int kills;
        private int stops;
        private int crashes;

        Role(String name, Path jar, int port, Map<String, String> props, List<String> args) {
            this.name = name;
            this.jar = jar;
            this.port = port;
            this.props = props;
            this.args = args;
        }

        synchronized void start() throws IOException {
            current = ServiceProcess.start(name, jar, port, props, args, logs, starts > 0);
            starts++;
        }

        /** {@code kill -9}. */
        synchronized void kill() {
            current.kill();
            kills++;
        }

        /** SIGTERM, waiting for an orderly shutdown. */
        synchronized void stop() {
            current.close();
            stops++;
        }

        boolean alive() {
            ServiceProcess p = current;
            return p != null && p.alive();
        }

        boolean ready() {
            if (!alive()) {
                return false;
            }
            if (args.isEmpty()) {
                return Http.status(url("/q/health/ready")) == 200;
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        /**
         * Waits until the process is ready; a process that died meanwhile (e.g. a port still held) is started
         * again and counted as a crash. False when it was not ready in time.
         */
        boolean awaitReady(Duration timeout) throws InterruptedException, IOException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (ready()) {
                    return true;
                }
                if (!alive()) {
                    synchronized (this) {
                        crashes++;
                        Thread.sleep(500);
                        start();
                    }
                }
                Thread.sleep(200);
            }
            return false;
        }

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        ServiceProcess process() {
            return current;
        }

        int starts() {
            return starts;
        }

        int kills() {
            return kills;
        }

        int stops() {
            return stops;
        }

        int crashes() {
            return crashes;
        }

        void close() {
            ServiceProcess p = current;
            if (p != null) {
                p.close();
            }
        }
    }

    private static Path jar(String module) {
        return ServiceProcess.repo().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Role role(String name, Path jar, Map<String, String> props, List<String> args) {
        int port = ServiceProcess.freePort();
        Map<String, String> all = new HashMap<>(props);
        List<String> a = new ArrayList<>(args);
        if (args.isEmpty()) {
            all.put("quarkus.http.port", Integer.toString(port));
            all.putAll(Wiring.secrets());
            all.put("rabbitmq-host", "127.0.0.1");
            all.put("rabbitmq-port", Integer.toString(rabbit.port));
        } else {
            a.addAll(List.of("--port", Integer.toString(port)));
        }
        Role r = new Role(name, jar, port, all, a);
        roles.put(name, r);
        return r;
    }

    Role role(String name) {
        return roles.get(name);
    }

    Role exchange(Venue v) {
        return roles.get(v.module());
    }

    /** Starts everything and waits until every process is ready. */
    ChaosRig start() throws Exception {
        Runtime.getRuntime().addShutdownHook(hook); // a killed test JVM leaves no process behind either
        deleteTree(dir);
        Files.createDirectories(storeFile.getParent());
        rabbit = RabbitNode.create(logs.resolve("rabbitmq"));
        rabbit.start();
        role(STORE, ServiceProcess.repo().resolve("mongo-wire-server/target/mongo-wire-server.jar"), Map.of(),
                List.of("--file", storeFile.toString(), "--durability", System.getProperty("chaos.store-durability",
                        "FSYNC")));
        role(SIMULATOR, jar(SIMULATOR), Map.of("simulator.speed", Double.toString(SPEED),
                "simulator.start", "2024-03-01T00:00:00Z", "simulator.seed", Long.toString(seed),
                "simulator.symbols", "BTCUSDT,ETHUSDT"), List.of());
        String mongoUri = "mongodb://127.0.0.1:" + roles.get(STORE).port;
        sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        sql("CREATE DATABASE " + database);
        databaseCreated = true;
        Map<String, String> aggregator = durable(Wiring.aggregator(run, "e2e", mongoUri));
        aggregator.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + database);
        role(AGGREGATOR, jar(AGGREGATOR), aggregator, List.of());
        role(QUERY, jar(QUERY), durable(Wiring.query(run, mongoUri)), List.of());
        String simulator = roles.get(SIMULATOR).url("");
        for (Venue v : VENUES) {
            Map<String, String> p = durable(Wiring.exchange(run, simulator + v.prefix(), SPEED, v.nativeSymbols()));
            p.put("minutebars.checkpoint.file", dir.resolve("checkpoints/" + v.exchange() + ".json").toString());
            // a wall second is a simulated minute: checkpoint every second as production does every few minutes
            p.put("minutebars.checkpoint.interval", "PT1S");
            // resumes log how many REST trades they fed
            p.put("quarkus.log.category.\"io.minutebars.core.runtime\".level", "DEBUG");
            role(v.module(), jar(v.module()), p, List.of());
        }
        for (Role r : roles.values()) {
            r.start();
        }
        for (Role r : roles.values()) {
            if (!r.awaitReady(Duration.ofSeconds(180))) {
                throw new AssertionError(r.name + " not ready:\n" + r.current.logTail());
            }
        }
        return this;
    }

    /** The run's exchanges and queues outlive their consumers, as in production. */
    private static Map<String, String> durable(Map<String, String> props) {
        Map<String, String> p = new HashMap<>(props);
        props.forEach((k, v) -> {
            if (k.endsWith(".auto-delete")) {
                p.put(k, "false");
            }
        });
        return p;
    }

    /** The oldest restart point in an exchange service's checkpoint file, or Long.MAX_VALUE when it has none. */
    long checkpoint(String role) {
        Path cp = dir.resolve("checkpoints/" + role.replace("-service", "") + ".json");
        try {
            if (!Files.isRegularFile(cp)) {
                return Long.MAX_VALUE;
            }
            long oldest = Long.MAX_VALUE;
            for (var it = io.minutebars.model.Json.mapper().readTree(cp.toFile()).elements(); it.hasNext(); ) {
                oldest = Math.min(oldest, it.next().path("nextToClose").asLong(Long.MAX_VALUE));
            }
            return oldest;
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    long simNow() {
        return Http.get(roles.get(SIMULATOR).url("/sim/clock")).get("simNow").asLong();
    }

    ServiceProcess[] processes() {
        return roles.values().stream().map(Role::process).filter(p -> p != null).toArray(ServiceProcess[]::new);
    }

    @Override
    public synchronized void close() {
        List<Role> all = new ArrayList<>(roles.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            try {
                all.get(i).close();
            } catch (RuntimeException e) {
                // keep closing the others
            }
        }
        if (rabbit != null) {
            rabbit.close();
            rabbit = null;
        }
        if (databaseCreated) {
            try {
                sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                databaseCreated = false;
            } catch (java.sql.SQLException e) {
                System.err.println("chaos: database " + database + " not dropped: " + e.getMessage());
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: this is the hook
        }
    }

    /** One statement against the local PostgreSQL (the machine's, trust or postgres/postgres as everywhere here). */
    private static void sql(String statement) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                "postgres", "postgres"); java.sql.Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
