package io.minutebars.simulator.bybit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.simulator.Fixtures;
import io.minutebars.simulator.RestBars;
import io.minutebars.simulator.Truths;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BybitApiTest {
    private static final String MARKET = "/bybit/v5/market/";

    private static JsonNode ok(String path) {
        JsonNode body = RestBars.json(given().get(MARKET + path).then().statusCode(200).extract().asString());
        assertEquals(List.of("retCode", "retMsg", "result", "retExtInfo", "time"), RestBars.fields(body));
        assertEquals(0, body.get("retCode").asInt(), body.toString());
        return body.get("result");
    }

    private static void assertFieldsOf(String fixture, JsonNode row) {
        JsonNode real = RestBars.json(Fixtures.read(fixture)).get("result").get("list").get(0);
        assertEquals(RestBars.fields(real), RestBars.fields(row), fixture);
    }

    @Test
    void timeAndInstrumentsOfBothCategories() {
        JsonNode time = ok("time");
        assertEquals(Long.parseLong(time.get("timeSecond").asText()),
                Long.parseLong(time.get("timeNano").asText()) / 1_000_000_000L);
        assertTrue(Long.parseLong(time.get("timeSecond").asText()) >= Truths.START / 1000, "simulated time");
        JsonNode spot = ok("instruments-info?category=spot");
        assertEquals(2, spot.get("list").size());
        assertEquals("", spot.get("nextPageCursor").asText());
        JsonNode btc = spot.get("list").get(0);
        assertFieldsOf("bybit/rest/docs_instruments_info_spot.json", btc);
        assertEquals("Trading", btc.get("status").asText());
        assertEquals("BTC", btc.get("baseCoin").asText());
        assertEquals("0.000001", btc.get("lotSizeFilter").get("basePrecision").asText());
        assertEquals(0, ok("instruments-info?category=linear").get("list").size(), "listed in the configured category");
        JsonNode page = ok("instruments-info?category=spot&limit=1");
        assertEquals("ETHUSDT", ok("instruments-info?category=spot&limit=1&cursor="
                + page.get("nextPageCursor").asText()).get("list").get(0).get("symbol").asText());
        assertEquals(1, ok("instruments-info?category=spot&symbol=ETHUSDT").get("list").size());
    }

    @Test
    void recentTradesAreNewestFirstWithSpotLimits() {
        JsonNode list = ok("recent-trade?category=spot&symbol=BTCUSDT").get("list");
        assertEquals(60, list.size(), "spot default and maximum");
        assertFieldsOf("bybit/rest/docs_recent_trade_0.json", list.get(0));
        for (int i = 1; i < list.size(); i++) {
            assertTrue(list.get(i - 1).get("time").asLong() >= list.get(i).get("time").asLong(), "newest first");
            assertTrue(list.get(i - 1).get("execId").asText().compareTo(list.get(i).get("execId").asText()) > 0);
        }
        JsonNode t = list.get(0);
        assertTrue(t.get("price").asText().matches("\\d+\\.\\d{2}") && t.get("size").asText().matches("\\d+\\.\\d{6}"));
        assertTrue(t.get("side").asText().matches("Buy|Sell") && t.get("time").isTextual());
        assertEquals(5, ok("recent-trade?category=spot&symbol=ETHUSDT&limit=5").get("list").size());
        error("recent-trade?category=spot&symbol=BTCUSDT&limit=61");
        error("recent-trade?category=spot&symbol=FOOUSDT");
        error("recent-trade?category=linear&symbol=BTCUSDT");
        error("recent-trade?category=nope&symbol=BTCUSDT");
        error("kline?category=spot&symbol=BTCUSDT&interval=5");
    }

    private static void error(String path) {
        JsonNode body = RestBars.json(given().get(MARKET + path).then().statusCode(200).extract().asString());
        JsonNode real = RestBars.json(Fixtures.read("bybit/rest/error_10001_not_supported_symbols.json"));
        assertEquals(RestBars.fields(real), RestBars.fields(body));
        assertEquals(10001, body.get("retCode").asInt(), path);
        assertTrue(body.get("result").isEmpty());
    }

    @Test
    void klinesAreNewestFirstAndEqualTheTruth() {
        long end = Truths.START - 1;
        JsonNode k = ok("kline?category=spot&symbol=BTCUSDT&interval=1&start=" + Truths.ORIGIN + "&end=" + end
                + "&limit=1000");
        assertEquals("BTCUSDT", k.get("symbol").asText());
        List<Bar> truth = new ArrayList<>(Truths.truth("bybit", "BTCUSDT", Truths.ORIGIN, Truths.START).stream()
                .filter(b -> b.status() == BarStatus.COMPLETE).toList());
        Collections.reverse(truth);
        assertEquals(truth.size(), k.get("list").size(), "empty minutes have no candle");
        for (int i = 0; i < truth.size(); i++) {
            JsonNode row = k.get("list").get(i);
            Bar b = truth.get(i);
            assertEquals(Long.toString(b.openTime().toEpochMilli()), row.get(0).asText());
            List<BigDecimal> values = List.of(b.open(), b.high(), b.low(), b.close(), b.volume(), b.quoteVolume());
            for (int j = 0; j < 6; j++) {
                assertTrue(row.get(j + 1).isTextual());
                assertEquals(0, values.get(j).compareTo(new BigDecimal(row.get(j + 1).asText())), row.toString());
            }
        }
        int recent = ok("kline?category=spot&symbol=BTCUSDT&interval=1").get("list").size();
        assertTrue(recent > truth.size() && recent <= 200, "history plus the minutes since start: " + recent);
        JsonNode two = ok("kline?category=spot&symbol=BTCUSDT&interval=1&end=" + end + "&limit=2").get("list");
        assertEquals(k.get("list").get(0), two.get(0), "the newest candles up to end");
    }

    @Test
    void faultsAnswerLikeBybit() {
        given().post("/sim/faults/rate-limit?exchange=bybit").then().statusCode(200);
        given().get(MARKET + "time").then().statusCode(200).body("retCode", equalTo(10006))
                .body("retMsg", equalTo("Too many visits!"));
        given().post("/sim/faults/ban?exchange=bybit").then().statusCode(200);
        given().get(MARKET + "time").then().statusCode(403);
        given().get(MARKET + "time").then().statusCode(200).body("retCode", equalTo(0));
    }
}
