package io.minutebars.simulator.faults;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.simulator.WsClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** /sim/drop closes the WebSocket connections of the given exchange only. */
@QuarkusTest
class DropTest {
    @Inject
    Vertx vertx;

    @TestHTTPResource("/")
    URI base;

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
