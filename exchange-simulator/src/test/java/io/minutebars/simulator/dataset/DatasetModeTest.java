package io.minutebars.simulator.dataset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.minutebars.simulator.Fixtures;
import io.minutebars.simulator.market.SymbolCatalog;
import io.minutebars.simulator.truth.TruthCalculator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Dataset mode on the real fixture rows shipped as a µs CSV with a header: the clock starts frozen at the
 * first trade's minute, a client subscribes, then the replay runs at 30x.
 */
@QuarkusTest
@TestProfile(DatasetModeTest.Profile.class)
class DatasetModeTest {
    private static final long MINUTE = 1634944080000L;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "dataset-test"; // not %test: no fixed start, so the default (first trade's minute) applies
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("simulator.mode", "dataset",
                    "simulator.dataset.file", Path.of("src/test/resources/BTCUSDT-aggTrades-fixture-us.csv")
                            .toAbsolutePath().toString(),
                    "simulator.dataset.symbol", "BTCUSDT",
                    "simulator.speed", "0",
                    "quarkus.http.test-port", "0");
        }
    }

    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URI base;

    @Test
    void replaysTheFileOverWebSocketAndRestAndItsTruth() throws Exception {
        given().get("/sim/clock").then().statusCode(200).body("start", equalTo(MINUTE))
                .body("simNow", equalTo(MINUTE)).body("mode", equalTo("dataset"));
        given().get("/api/v3/aggTrades?symbol=BTCUSDT").then().statusCode(200).body(equalTo("[]"));
        given().get("/api/v3/exchangeInfo").then().statusCode(200).body("symbols.size()", equalTo(1));
        given().get("/api/v3/aggTrades?symbol=ETHUSDT").then().statusCode(400).body("code", equalTo(-1121));

        LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        WebSocket ws = vertx.createWebSocketClient().connect(new WebSocketConnectOptions().setHost(base.getHost())
                .setPort(base.getPort()).setURI("/ws/btcusdt@aggTrade")).map(s -> {
                    s.textMessageHandler(frames::add);
                    return s;
                }).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        try {
            // A control reply proves the subscription is registered; only then does the replay start.
            ws.writeTextMessage("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":1}");
            assertEquals("{\"result\":[\"btcusdt@aggTrade\"],\"id\":1}", frames.poll(10, TimeUnit.SECONDS));
            given().post("/sim/clock?speed=30").then().statusCode(200).body("speed", equalTo(30.0f));
            JsonNode fixture = Json.mapper().readTree(Fixtures.read("binance/rest/aggTrades_BTCUSDT_2021-10-22.json"));
            for (JsonNode row : fixture) {
                String frame = frames.poll(10, TimeUnit.SECONDS);
                assertTrue(frame != null, "every fixture trade is streamed");
                JsonNode event = Json.mapper().readTree(frame);
                assertEquals("BTCUSDT", event.get("s").asText());
                for (String field : List.of("a", "p", "q", "f", "l", "T", "m", "M")) {
                    assertEquals(row.get(field), event.get(field), field);
                }
            }
        } finally {
            ws.close();
        }
        // REST serves the same rows as the real API did, field for field.
        JsonNode rest = Json.mapper().readTree(given().get("/api/v3/aggTrades?symbol=BTCUSDT&startTime=" + MINUTE)
                .then().statusCode(200).extract().asString());
        assertEquals(Json.mapper().readTree(Fixtures.read("binance/rest/aggTrades_BTCUSDT_2021-10-22.json")), rest);

        // After the minute closes (60 s simulated = 2 s wall), the truth holds its bar.
        long deadline = System.currentTimeMillis() + 15_000;
        while (given().get("/sim/clock").then().extract().jsonPath().getLong("simNow") < MINUTE + 60_000) {
            assertTrue(System.currentTimeMillis() < deadline, "simulated clock stuck");
            Thread.sleep(100);
        }
        List<Bar> truth = Json.readBars(given().get("/sim/truth?symbol=BTCUSDT&start=" + MINUTE + "&end="
                + (MINUTE + 60_000)).then().statusCode(200).extract().asString().getBytes(StandardCharsets.UTF_8));
        assertEquals(TruthCalculator.bars(SymbolCatalog.spec("BTCUSDT"), Fixtures.aggTrades(), MINUTE,
                MINUTE + 60_000), truth);
        assertEquals("1183.5969993", truth.get(0).quoteVolume().toPlainString());
        JsonNode kline = Json.mapper().readTree(given().get("/api/v3/klines?symbol=BTCUSDT&interval=1m&endTime="
                + (MINUTE + 59_999)).then().statusCode(200).extract().asString());
        assertEquals(Json.mapper().readTree("[[1634944080000,\"60759.60000000\",\"60759.60000000\",\"60759.59000000\","
                + "\"60759.60000000\",\"0.01948000\",1634944139999,\"1183.59699930\",10,\"0.01861000\","
                + "\"1130.73615600\",\"0\"]]"), kline);
    }
}
