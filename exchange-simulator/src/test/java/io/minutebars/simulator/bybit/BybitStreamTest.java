package io.minutebars.simulator.bybit;

import static io.minutebars.simulator.SimControl.collectThenPause;
import static io.minutebars.simulator.SimControl.resume;
import static io.minutebars.simulator.SimControl.simNow;
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
import org.junit.jupiter.api.Test;

/** Bybit WebSocket: control messages, trades equal to REST and to the truth. */
@QuarkusTest
class BybitStreamTest {
    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URI base;

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

}
