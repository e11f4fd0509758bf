package io.minutebars.simulator.dataset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dataset mode replayed through another exchange's API (Bybit): its REST trades and its truth. */
@QuarkusTest
@TestProfile(DatasetOnBybitTest.Profile.class)
class DatasetOnBybitTest {
    private static final long MINUTE = 1634944080000L;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "dataset-test";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("simulator.mode", "dataset", "simulator.dataset.exchange", "bybit",
                    "simulator.dataset.file", Path.of("src/test/resources/BTCUSDT-aggTrades-fixture-us.csv")
                            .toAbsolutePath().toString(),
                    "simulator.dataset.symbol", "BTCUSDT", "simulator.speed", "600", "quarkus.http.test-port", "0");
        }
    }

    @Test
    void theFileIsBybitsTradesAndTruth() throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (given().get("/sim/clock").then().extract().jsonPath().getLong("simNow") < MINUTE + 60_000) {
            assertTrue(System.currentTimeMillis() < deadline, "simulated clock stuck");
            Thread.sleep(100);
        }
        given().get("/bybit/v5/market/recent-trade?category=spot&symbol=BTCUSDT&limit=60").then().statusCode(200)
                .body("retCode", equalTo(0)).body("result.list.size()", equalTo(10))
                .body("result.list[9].price", equalTo("60759.60"));
        List<Bar> truth = Json.readBars(given().get("/sim/truth?exchange=bybit&symbol=BTCUSDT&start=" + MINUTE
                + "&end=" + (MINUTE + 60_000)).then().statusCode(200).extract().asString()
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, truth.size());
        assertEquals("bybit", truth.get(0).exchange());
        assertEquals("1183.5969993", truth.get(0).quoteVolume().toPlainString(), "the same trades as on Binance");
        assertEquals("0.01948", truth.get(0).volume().toPlainString());
    }
}
