package io.minutebars.simulator.binance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Json;
import io.minutebars.simulator.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StreamEndpointTest {
    private static final List<String> EVENT_FIELDS = List.of("e", "E", "s", "a", "p", "q", "f", "l", "T", "m", "M");

    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URI base;

    private static JsonNode json(String frame) {
        try {
            return Json.mapper().readTree(frame);
        } catch (java.io.IOException e) {
            throw new AssertionError(frame, e);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static void assertEvent(JsonNode data, String symbol) {
        assertEquals(EVENT_FIELDS, names(data));
        assertEquals("aggTrade", data.get("e").asText());
        assertEquals(symbol, data.get("s").asText());
        assertTrue(data.get("p").asText().matches("\\d+\\.\\d{8}") && data.get("q").asText().matches("\\d+\\.\\d{8}"));
        assertTrue(data.get("E").asLong() >= data.get("T").asLong());
    }

    @Test
    void combinedStreamSendsEveryTradeOnceInOrderLikeTheRestApi() throws Exception {
        try (WsClient client = WsClient.connect(vertx, base, "/stream?streams=btcusdt@aggTrade/ethusdt@aggTrade")) {
            List<String> frames = client.take(400, 20_000);
            assertTrue(frames.size() >= 200, "frames at 60x: " + frames.size());
            Map<String, List<JsonNode>> byStream = new HashMap<>();
            long lastTime = Long.MIN_VALUE;
            for (String f : frames) {
                JsonNode frame = json(f);
                assertEquals(List.of("stream", "data"), names(frame));
                String stream = frame.get("stream").asText();
                JsonNode data = frame.get("data");
                assertEvent(data, stream.equals("btcusdt@aggTrade") ? "BTCUSDT" : "ETHUSDT");
                assertTrue(data.get("T").asLong() >= lastTime, "(T, a) order across streams");
                lastTime = data.get("T").asLong();
                byStream.computeIfAbsent(stream, k -> new ArrayList<>()).add(data);
            }
            assertEquals(2, byStream.size());
            for (List<JsonNode> events : byStream.values()) {
                for (int i = 1; i < events.size(); i++) {
                    // synthetic agg ids are consecutive: a gap or a repeat would show here
                    assertEquals(events.get(i - 1).get("a").asLong() + 1, events.get(i).get("a").asLong());
                }
            }
            List<JsonNode> btc = byStream.get("btcusdt@aggTrade");
            JsonNode rest = json(given().get("/api/v3/aggTrades?symbol=BTCUSDT&limit=" + btc.size() + "&fromId="
                    + btc.get(0).get("a").asLong()).then().statusCode(200).extract().asString());
            assertEquals(btc.size(), rest.size());
            for (int i = 0; i < btc.size(); i++) {
                for (String field : List.of("a", "p", "q", "f", "l", "T", "m", "M")) {
                    assertEquals(rest.get(i).get(field), btc.get(i).get(field), field);
                }
            }
        }
    }

    @Test
    void rawStreamSendsBareEvents() throws Exception {
        try (WsClient client = WsClient.connect(vertx, base, "/ws/bnbbtc@aggTrade")) {
            List<String> frames = client.take(20, 15_000);
            assertEquals(20, frames.size());
            for (String f : frames) {
                assertEvent(json(f), "BNBBTC");
            }
        }
    }

    @Test
    void liveSubscribeListAndErrors() throws Exception {
        try (WsClient client = WsClient.connect(vertx, base, "/ws")) {
            client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"ethusdt@aggTrade\"],\"id\":1}");
            assertEquals("{\"result\":null,\"id\":1}", client.next());
            assertEvent(json(client.next()), "ETHUSDT");
            client.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":2}");
            client.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"foousdt@aggTrade\"],\"id\":3}");
            client.send("{\"method\":\"SUBSCRIBE\",\"params\":[");
            client.send("{\"method\":\"SET_PROPERTY\",\"params\":[\"combined\",true],\"id\":4}");
            List<JsonNode> replies = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (replies.size() < 4 && System.currentTimeMillis() < deadline) {
                String f = client.frames.poll(100, TimeUnit.MILLISECONDS);
                if (f != null && !f.contains("\"aggTrade\"")) {
                    replies.add(json(f));
                }
            }
            assertEquals(4, replies.size(), replies.toString());
            assertEquals(json("{\"result\":[\"ethusdt@aggTrade\"],\"id\":2}"), replies.get(0));
            assertEquals(2, replies.get(1).get("code").asInt());
            assertTrue(replies.get(1).get("msg").asText().startsWith("Invalid request"));
            assertEquals(3, replies.get(1).get("id").asInt());
            assertEquals(3, replies.get(2).get("code").asInt());
            assertEquals(json("{\"result\":null,\"id\":4}"), replies.get(3));
            // combined from now on
            String wrapped = null;
            while (wrapped == null) {
                String f = client.next();
                wrapped = f.startsWith("{\"stream\":") ? f : null;
            }
            assertEquals("ethusdt@aggTrade", json(wrapped).get("stream").asText());
        }
    }

    @Test
    void unknownStreamInTheUrlIsRefused() throws Exception {
        try (WsClient client = WsClient.connect(vertx, base, "/ws/foousdt@aggTrade")) {
            JsonNode error = json(client.next());
            assertEquals(2, error.get("code").asInt());
            assertEquals((short) 1008, client.closed.get(10, TimeUnit.SECONDS));
        }
        try (WsClient client = WsClient.connect(vertx, base, "/stream?streams=BTCUSDT@aggTrade")) {
            assertEquals(2, json(client.next()).get("code").asInt(), "stream names are lower-case");
        }
    }

    @Test
    void dropClosesEveryConnection() throws Exception {
        try (WsClient a = WsClient.connect(vertx, base, "/stream?streams=btcusdt@aggTrade");
                WsClient b = WsClient.connect(vertx, base, "/ws/ethusdt@aggTrade")) {
            a.next();
            b.next();
            int closed = given().post("/sim/drop").then().statusCode(200).extract().jsonPath().getInt("closed");
            assertTrue(closed >= 2, "closed " + closed);
            a.closed.get(10, TimeUnit.SECONDS);
            b.closed.get(10, TimeUnit.SECONDS);
            assertTrue(a.closed.isDone() && b.closed.isDone());
        }
        assertFalse(given().post("/sim/drop").then().statusCode(200).extract().jsonPath().getInt("closed") > 0,
                "nothing left open");
    }
}
