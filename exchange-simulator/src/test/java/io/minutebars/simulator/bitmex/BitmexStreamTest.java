package io.minutebars.simulator.bitmex;

import static io.minutebars.simulator.SimControl.collectThenPause;
import static io.minutebars.simulator.SimControl.resume;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.simulator.RestBars;
import io.minutebars.simulator.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** BitMEX WebSocket: welcome, control messages, trades equal to REST. */
@QuarkusTest
class BitmexStreamTest {
    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URI base;

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

}
