package io.minutebars.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Json;
import io.minutebars.model.Minutes;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backbone end to end: the built simulator, binance-service, aggregator-service, query-api and a
 * MongoDB-wire server run as separate processes against the machine's RabbitMQ and PostgreSQL. The
 * simulator runs 60x accelerated through more than 30 simulated minutes with a forced WebSocket
 * disconnect in the middle; every bar the query API returns must equal the simulator's ground truth,
 * EMPTY minutes included, none missing and none extra.
 */
class BinanceEndToEndTest {
    static final double SPEED = 60;
    static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT");
    static final String RUN = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    static ServiceProcess simulator;
    static ServiceProcess binance;
    static ServiceProcess aggregator;
    static ServiceProcess query;

    static Path jar(String module) {
        return ServiceProcess.repo().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static ServiceProcess start(String name, Path jar, int port, Map<String, String> props, List<String> args)
            throws Exception {
        Map<String, String> all = new java.util.HashMap<>(props);
        if (args.isEmpty()) {
            all.put("quarkus.http.port", Integer.toString(port)); // a Quarkus service
        }
        ServiceProcess p = ServiceProcess.start(name, jar, port, all, args);
        PROCESSES.add(p);
        return p;
    }

    @BeforeAll
    static void startSuite() throws Exception {
        int mongoPort = ServiceProcess.freePort();
        ServiceProcess mongo = start("mongo-wire-server",
                ServiceProcess.repo().resolve("mongo-wire-server/target/mongo-wire-server.jar"), mongoPort, Map.of(),
                List.of("--memory", "--port", Integer.toString(mongoPort)));
        simulator = start("exchange-simulator", jar("exchange-simulator"), ServiceProcess.freePort(), Map.of(
                "simulator.speed", Double.toString(SPEED),
                "simulator.start", "2024-03-01T00:00:00Z", "simulator.seed", "7",
                "simulator.symbols", String.join(",", SYMBOLS)), List.of());
        String mongoUri = "mongodb://127.0.0.1:" + mongoPort;
        aggregator = start("aggregator-service", jar("aggregator-service"), ServiceProcess.freePort(),
                Wiring.aggregator(RUN, mongoUri), List.of());
        query = start("query-api", jar("query-api"), ServiceProcess.freePort(), Wiring.query(RUN, mongoUri), List.of());
        ServiceProcess.waitUntil("the simulator", Duration.ofSeconds(90),
                () -> Http.status(simulator.url("/q/health/ready")) == 200, simulator, mongo);
        binance = start("binance-service", jar("binance-service"), ServiceProcess.freePort(),
                Wiring.binance(RUN, simulator.url(""), SPEED, SYMBOLS), List.of());
        for (ServiceProcess p : List.of(aggregator, query, binance)) {
            ServiceProcess.waitUntil(p.name + " readiness", Duration.ofSeconds(120),
                    () -> Http.status(p.url("/q/health/ready")) == 200, p, mongo);
        }
    }

    @AfterAll
    static void stopSuite() {
        for (int i = PROCESSES.size() - 1; i >= 0; i--) {
            PROCESSES.get(i).close();
        }
    }

    static long simNow() {
        return Http.get(simulator.url("/sim/clock")).get("simNow").asLong();
    }

    static void waitForSimTime(long t) throws InterruptedException {
        ServiceProcess.waitUntil("simulated time " + Instant.ofEpochMilli(t), Duration.ofMinutes(3),
                () -> simNow() >= t, simulator, binance, aggregator, query);
    }

    @Test
    void everyBarEqualsTheSimulatorsTruthAcrossAForcedDisconnect() throws Exception {
        ServiceProcess.waitUntil("binance-service streaming", Duration.ofSeconds(60),
                () -> Http.get(binance.url("/api/v1/streams")).get("connected").asInt() == 1, binance);
        long first = Minutes.floor(simNow()) + Minutes.MINUTE_MS; // a minute surely inside the listened range
        waitForSimTime(first + 12 * Minutes.MINUTE_MS);
        assertEquals(1, Http.post(simulator.url("/sim/drop"), "").get("closed").asInt(), "the stream was dropped");
        long end = first + 32 * Minutes.MINUTE_MS;
        waitForSimTime(end + 10_000 * (long) SPEED / 60);
        JsonNode status = Http.get(binance.url("/api/v1/streams"));
        assertTrue(status.get("connects").asLong() >= 2, "binance-service reconnected: " + status);

        int empty = 0;
        for (String nativeSymbol : SYMBOLS) {
            String symbol = nativeSymbol.replace("USDT", "-USDT");
            List<Bar> truth = List.of(Json.mapper().treeToValue(Http.get(simulator.url(
                    "/sim/truth?symbol=" + nativeSymbol + "&start=" + first + "&end=" + end)), Bar[].class));
            assertEquals(32, truth.size(), "32 simulated minutes of truth");
            String barsUrl = query.url("/api/v1/bars?exchange=binance&symbol=" + symbol + "&interval=1m&start="
                    + first + "&end=" + end + "&limit=10000");
            ServiceProcess.waitUntil(symbol + " bars stored", Duration.ofSeconds(60),
                    () -> Http.status(barsUrl) == 200 && Http.get(barsUrl).get("bars").size() >= truth.size(),
                    binance, aggregator, query);
            // a trade later than the grace revises a bar (revision + 1) a moment after its first version was
            // stored: read until the stored bars settle on the truth, then assert on the last read
            List<Bar> stored = List.of();
            for (int attempt = 0; attempt < 40; attempt++) {
                stored = List.of(Json.mapper().treeToValue(Http.get(barsUrl).get("bars"), Bar[].class));
                if (matches(truth, stored)) {
                    break;
                }
                Thread.sleep(500);
            }
            assertEquals(truth.size(), stored.size(), symbol + ": none missing, none extra");
            for (int i = 0; i < truth.size(); i++) {
                Bar t = truth.get(i);
                Bar s = stored.get(i);
                assertTrue(s.status() == BarStatus.COMPLETE || s.status() == BarStatus.EMPTY,
                        symbol + " " + s.openTime() + " is " + s.status());
                assertTrue(t.sameData(s), symbol + " " + t.openTime() + "\n truth:  " + t + "\n stored: " + s);
                if (s.status() == BarStatus.EMPTY) {
                    empty++;
                }
            }
            checkFiveMinuteRollups(symbol, truth);
        }
        assertTrue(empty > 0, "the run covered quiet minutes (EMPTY bars)");
    }

    /** Every whole 5-minute window of the run, rolled up by the aggregator, equals the reference rollup of the truth. */
    static void checkFiveMinuteRollups(String symbol, List<Bar> truth) throws InterruptedException {
        long from = (truth.get(0).openTime().toEpochMilli() + 299_999) / 300_000 * 300_000;
        long to = truth.get(truth.size() - 1).closeTime().toEpochMilli() / 300_000 * 300_000;
        List<Bar> expected = new ArrayList<>();
        for (long w = from; w < to; w += 300_000) {
            long start = w;
            expected.add(ReferenceRollup.of("5m", truth.stream().filter(b -> b.openTime().toEpochMilli() >= start
                    && b.openTime().toEpochMilli() < start + 300_000).toList()));
        }
        String url = query.url("/api/v1/bars?exchange=binance&symbol=" + symbol + "&interval=5m&start=" + from
                + "&end=" + to);
        ServiceProcess.waitUntil(symbol + " 5m rollups", Duration.ofSeconds(60),
                () -> Http.status(url) == 200 && matches(expected, read(url)), aggregator, query);
        assertTrue(expected.size() >= 5, "at least five whole 5-minute windows");
    }

    static List<Bar> read(String url) {
        try {
            return List.of(Json.mapper().treeToValue(Http.get(url).get("bars"), Bar[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static boolean matches(List<Bar> truth, List<Bar> stored) {
        if (truth.size() != stored.size()) {
            return false;
        }
        for (int i = 0; i < truth.size(); i++) {
            if (!truth.get(i).sameData(stored.get(i))) {
                return false;
            }
        }
        return true;
    }
}
