package io.minutebars.simulator.binance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Json;
import io.minutebars.simulator.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExchangeInfoResourceTest {

    @Test
    void pingAndSimulatedTime() {
        given().get("/api/v3/ping").then().statusCode(200).body(equalTo("{}"))
                .header(BinanceRateLimit.WEIGHT_HEADER, org.hamcrest.Matchers.notNullValue());
        long t1 = given().get("/api/v3/time").then().statusCode(200).extract().jsonPath().getLong("serverTime");
        long sim = given().get("/sim/clock").then().statusCode(200).body("speed", equalTo(60.0f))
                .body("start", equalTo(SyntheticHistory.START)).extract().jsonPath().getLong("simNow");
        assertTrue(t1 >= SyntheticHistory.START && sim >= t1, "simulated time runs from the start");
    }

    @Test
    void exchangeInfoHasTheShapeOfTheRealResponse() throws Exception {
        JsonNode real = Json.mapper().readTree(Fixtures.read("binance/rest/exchangeInfo_BTCUSDT_ETHUSDT_2021-10-22.json"));
        JsonNode sim = Json.mapper().readTree(given().get("/api/v3/exchangeInfo").then().statusCode(200)
                .extract().asString());
        assertEquals(names(real), names(sim));
        assertEquals(3, sim.get("symbols").size());
        JsonNode btc = sim.get("symbols").get(0);
        JsonNode realBtc = real.get("symbols").get(0);
        for (String field : List.of("symbol", "status", "baseAsset", "quoteAsset", "baseAssetPrecision")) {
            assertEquals(realBtc.get(field), btc.get(field), field);
        }
        assertEquals(filter(realBtc, "PRICE_FILTER").get("tickSize"), filter(btc, "PRICE_FILTER").get("tickSize"));
        assertEquals(filter(realBtc, "LOT_SIZE").get("stepSize"), filter(btc, "LOT_SIZE").get("stepSize"));
        JsonNode weight = sim.get("rateLimits").get(0);
        assertEquals("REQUEST_WEIGHT", weight.get("rateLimitType").asText());
        assertEquals(6000, weight.get("limit").asInt());
    }

    @Test
    void exchangeInfoSelectsSymbols() {
        given().get("/api/v3/exchangeInfo?symbol=BNBBTC").then().statusCode(200)
                .body("symbols.size()", equalTo(1)).body("symbols[0].baseAsset", equalTo("BNB"))
                .body("symbols[0].quoteAsset", equalTo("BTC"));
        given().queryParam("symbols", "[\"BTCUSDT\",\"ETHUSDT\"]").get("/api/v3/exchangeInfo").then()
                .statusCode(200).body("symbols.symbol", hasItems("BTCUSDT", "ETHUSDT"))
                .body("symbols.size()", equalTo(2));
        given().get("/api/v3/exchangeInfo?symbol=DOGEBTC").then().statusCode(400)
                .body(equalTo("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}"));
        given().queryParam("symbols", "BTCUSDT").get("/api/v3/exchangeInfo").then().statusCode(400)
                .body("code", equalTo(-1100));
    }

    @Test
    void controlEndpointsAreDocumentedAndHealthIsUp() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/sim/truth")).body(containsString("/sim/drop"))
                .body(containsString("/api/v3/aggTrades"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("simulator_ws_frames_total"));
        given().get("/sim/nothing").then().statusCode(404).contentType("application/problem+json");
        given().post("/sim/clock?speed=-3").then().statusCode(400).contentType("application/problem+json");
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static JsonNode filter(JsonNode symbol, String type) {
        for (Iterator<JsonNode> it = symbol.get("filters").elements(); it.hasNext();) {
            JsonNode f = it.next();
            if (type.equals(f.get("filterType").asText())) {
                return f;
            }
        }
        throw new AssertionError("no " + type);
    }
}
