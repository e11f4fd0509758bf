package io.minutebars.simulator.stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.minutebars.simulator.Fixtures;
import io.minutebars.simulator.RestBars;
import io.minutebars.simulator.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bybit and BitMEX WebSockets: control messages, trades equal to REST and to the truth, per-exchange drop. */
@QuarkusTest
class ExchangeStreamsTest {
    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URI base;

    /** Data frames until the connection has carried trades over {@code wallMs}, then the clock is paused. */
    private static List<JsonNode> collectThenPause(WsClient client, String dataMarker, long wallMs) throws Exception {
        List<JsonNode> data = new ArrayList<>();
        long deadline = System.currentTimeMillis() + wallMs;
        while (System.currentTimeMillis() < deadline) {
            String f = client.frames.poll(100, TimeUnit.MILLISECONDS);
            if (f != null && f.contains(dataMarker)) {
                data.add(RestBars.json(f));
            }
        }
        given().post("/sim/clock?speed=0").then().statusCode(200);
        Thread.sleep(300); // the emitter flushes every trade up to the paused simNow
        for (String f : client.take(100_000, 200)) {
            if (f.contains(dataMarker)) {
                data.add(RestBars.json(f));
            }
        }
        return data;
    }

    private static long simNow() {
        return given().get("/sim/clock").then().statusCode(200).extract().jsonPath().getLong("simNow");
    }

    private static void resume() {
        given().post("/sim/clock?speed=60").then().statusCode(200);
    }

    @Test
    void bybitPublicTradeMatchesRestAndTheTruth() throws Exception {
        JsonNode fixture = RestBars.json(Fixtures.read("bybit/ws/docs_ws_publicTrade_0.json"));
        try (WsClient client = WsClient.connect(vertx, base, "/bybit/v5/public/spot")) {
            client.send("{\"req_id\":\"p1\",\"op\":\"ping\"}");
            JsonNode pong = RestBars.json(client.next());
            assertEquals(List.of("success", "ret_msg", "conn_id", "req_id", "op"), RestBars.fields(pong));
            assertEquals("pong", pong.get("ret_msg").asText());
            client.send("{\"req_id\":\"bad\",\"op\":\"subscribe\",\"args\":[\"orderbook.1.BTCUSDT\"]}");
            JsonNode failure = RestBars.json(client.next());
            assertFalse(failure.get("success").asBoolean());
            assertTrue(failure.get("ret_msg").asText().startsWith("Invalid topic"));
            client.send("{\"req_id\":\"s1\",\"op\":\"subscribe\",\"args\":[\"publicTrade.BTCUSDT\",\"publicTrade.ETHUSDT\"]}");
            JsonNode ack = RestBars.json(client.next());
            assertEquals(RestBars.fields(RestBars.json(Fixtures.read("bybit/ws/nautilus_ws_subscription_ack.json"))),
                    RestBars.fields(ack));
            assertTrue(ack.get("success").asBoolean());
            assertEquals("s1", ack.get("req_id").asText());
            long subscribed = simNow(); // every trade after it is pushed
            List<JsonNode> pushes;
            JsonNode rest;
            long paused;
            try {
                pushes = collectThenPause(client, "\"topic\"", 3_000);
                paused = simNow(); // every trade up to it was pushed
                // REST recent-trade, asked while the clock is paused, serves the newest of the same trades
                rest = RestBars.json(given().get("/bybit/v5/market/recent-trade?category=spot&symbol=BTCUSDT")
                        .then().statusCode(200).extract().asString()).get("result").get("list");
            } finally {
                resume();
            }
            List<JsonNode> btc = new ArrayList<>();
            for (JsonNode p : pushes) {
                assertEquals(RestBars.fields(fixture), RestBars.fields(p));
                assertEquals("snapshot", p.get("type").asText());
                if (p.get("topic").asText().equals("publicTrade.BTCUSDT")) {
                    p.get("data").forEach(btc::add);
                }
            }
            assertTrue(btc.size() > 60, "trades at 60x: " + btc.size());
            assertEquals(RestBars.fields(fixture.get("data").get(0)), RestBars.fields(btc.get(0)));
            List<String> restIds = new ArrayList<>();
            rest.forEach(r -> restIds.add(0, r.get("execId").asText()));
            List<String> wsIds = btc.stream().map(t -> t.get("i").asText()).toList();
            assertEquals(restIds, wsIds.subList(wsIds.size() - restIds.size(), wsIds.size()),
                    "the newest trades, pushed and served alike");
            JsonNode newest = rest.get(0);
            JsonNode pushed = btc.get(wsIds.indexOf(newest.get("execId").asText()));
            assertEquals(newest.get("price").asText(), pushed.get("p").asText());
            assertEquals(newest.get("size").asText(), pushed.get("v").asText());
            assertEquals(newest.get("side").asText(), pushed.get("S").asText());
            assertEquals(newest.get("time").asLong(), pushed.get("T").asLong());
            // the truth of every minute fully covered by the pushes equals bars built from them
            List<RestBars.Row> rows = new ArrayList<>();
            for (JsonNode t : btc) {
                BigDecimal p = new BigDecimal(t.get("p").asText());
                BigDecimal v = new BigDecimal(t.get("v").asText());
                rows.add(new RestBars.Row(t.get("T").asLong(), t.get("i").asText(), p, v, p.multiply(v),
                        t.get("S").asText().equals("Buy")));
            }
            long from = subscribed - subscribed % 60_000 + 60_000;
            long to = paused - paused % 60_000;
            assertTrue(to > from, "at least one whole minute streamed");
            List<Bar> truth = Json.readBars(given().get("/sim/truth?exchange=bybit&symbol=BTCUSDT&start=" + from
                    + "&end=" + to).then().statusCode(200).extract().asString().getBytes(StandardCharsets.UTF_8));
            assertEquals(RestBars.bars("bybit", "BTC-USDT", "BTCUSDT", rows, from, to), truth);
        }
    }

    /**
     * A BitMEX connection and its welcome. The welcome is sent on open; a frame arriving in the same packet
     * as the handshake answer is now and then lost by the Vert.x client, so a connection without one is
     * retried (the services ignore the welcome; their trades come after their own subscribe).
     */
    private WsClient welcomed() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            WsClient client = WsClient.connect(vertx, base, "/bitmex/realtime");
            String frame = client.frames.poll(3, java.util.concurrent.TimeUnit.SECONDS);
            if (frame != null) {
                assertEquals(List.of("info", "version", "timestamp", "docs", "limit"),
                        RestBars.fields(RestBars.json(frame)));
                return client;
            }
            client.close();
        }
        throw new AssertionError("no welcome on 5 connections");
    }

    @Test
    void bitmexTradeTableMatchesRest() throws Exception {
        try (WsClient client = welcomed()) {
            client.send("ping");
            assertEquals("pong", client.next());
            client.send("{\"op\":\"subscribe\",\"args\":[\"trade:XBTUSD\",\"trade:FOO\"]}");
            JsonNode ack = RestBars.json(client.next());
            assertEquals(List.of("success", "subscribe", "request"), RestBars.fields(ack));
            assertEquals("trade:XBTUSD", ack.get("subscribe").asText());
            JsonNode unknown = RestBars.json(client.next());
            assertFalse(unknown.get("success").asBoolean());
            assertTrue(unknown.get("error").asText().startsWith("Unknown or expired symbol"));
            JsonNode partial = RestBars.json(client.next());
            assertEquals(List.of("table", "action", "keys", "types", "foreignKeys", "attributes", "filter", "data"),
                    RestBars.fields(partial));
            assertEquals("partial", partial.get("action").asText());
            assertEquals(1, partial.get("data").size());
            List<JsonNode> trades = new ArrayList<>();
            partial.get("data").forEach(trades::add);
            try {
                for (JsonNode insert : collectThenPause(client, "\"insert\"", 2_000)) {
                    assertEquals("trade", insert.get("table").asText());
                    insert.get("data").forEach(trades::add);
                }
                assertTrue(trades.size() > 5, "trades: " + trades.size());
                JsonNode rest = RestBars.json(given().get("/bitmex/api/v1/trade?symbol=XBTUSD&reverse=true&count="
                        + trades.size()).then().statusCode(200).extract().asString());
                for (int i = 0; i < trades.size(); i++) {
                    assertEquals(rest.get(trades.size() - 1 - i), trades.get(i), "trade " + i);
                }
            } finally {
                resume();
            }
        }
    }

    @Test
    void dropClosesOnlyTheGivenExchange() throws Exception {
        try (WsClient bybit = WsClient.connect(vertx, base, "/bybit/v5/public/spot");
                WsClient bitmex = WsClient.connect(vertx, base, "/bitmex/realtime")) {
            // an answer to a message sent after connecting proves each session is registered
            bybit.send("{\"op\":\"ping\"}");
            assertTrue(bybit.awaits(f -> f.contains("pong")), "bybit answered");
            bitmex.send("ping");
            assertTrue(bitmex.awaits("pong"::equals), "bitmex answered");
            assertEquals(1, given().post("/sim/drop?exchange=bybit").then().statusCode(200).extract().jsonPath()
                    .getInt("closed"));
            bybit.closed.get(10, TimeUnit.SECONDS);
            assertFalse(bitmex.closed.isDone());
            given().post("/sim/drop?exchange=mtgox").then().statusCode(400);
            assertEquals(1, given().post("/sim/drop?exchange=bitmex").then().statusCode(200).extract().jsonPath()
                    .getInt("closed"));
            bitmex.closed.get(10, TimeUnit.SECONDS);
        }
    }
}
