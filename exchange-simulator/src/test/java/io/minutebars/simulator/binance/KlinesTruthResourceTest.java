package io.minutebars.simulator.binance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Json;
import io.minutebars.simulator.market.SymbolCatalog;
import io.minutebars.simulator.truth.TruthCalculator;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KlinesTruthResourceTest {
    private static final long START = SyntheticHistory.START;
    private static final long ORIGIN = SyntheticHistory.ORIGIN;

    private static List<Bar> truth(String query) {
        String body = given().get("/sim/truth?" + query).then().statusCode(200).extract().asString();
        return Json.readBars(body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode klines(String query) throws Exception {
        return Json.mapper().readTree(given().get("/api/v3/klines?" + query).then().statusCode(200)
                .header(BinanceRateLimit.WEIGHT_HEADER, org.hamcrest.Matchers.notNullValue())
                .extract().asString());
    }

    @Test
    void truthOfTheHistoryEqualsBarsComputedFromTheSeededTrades() {
        List<Bar> bars = truth("symbol=BTCUSDT&start=" + Instant.ofEpochMilli(ORIGIN) + "&end=" + START);
        List<Bar> expected = TruthCalculator.bars(SymbolCatalog.spec("BTCUSDT"),
                SyntheticHistory.trades("BTCUSDT", ORIGIN, START - 1), ORIGIN, START);
        assertEquals(120, bars.size());
        assertEquals(expected, bars);
        long empty = bars.stream().filter(b -> b.status() == BarStatus.EMPTY).count();
        assertTrue(empty > 0 && empty < 40, "quiet minutes give EMPTY bars: " + empty);
        Bar b = bars.stream().filter(x -> x.status() == BarStatus.COMPLETE).findFirst().orElseThrow();
        assertEquals("BTC-USDT", b.symbol());
        assertEquals("BTCUSDT", b.nativeSymbol());
        assertEquals("binance", b.exchange());
        // decimals are strings on the wire
        String raw = given().get("/sim/truth?symbol=BNBBTC&start=" + ORIGIN + "&end=" + (ORIGIN + 60_000))
                .then().statusCode(200).extract().asString();
        assertTrue(raw.matches("(?s).*\"open\":\"0\\.\\d+\".*"), raw);
        assertTrue(raw.contains("\"symbol\":\"BNB-BTC\""), raw);
    }

    @Test
    void truthStopsAtTheLastClosedMinuteAndRejectsBadInput() {
        long before = given().get("/sim/clock").then().extract().jsonPath().getLong("simNow");
        List<Bar> bars = truth("symbol=ETHUSDT&start=" + (START - 600_000) + "&end=" + (START + 86_400_000L));
        long after = given().get("/sim/clock").then().extract().jsonPath().getLong("simNow");
        Bar last = bars.get(bars.size() - 1);
        assertTrue(last.closeTime().toEpochMilli() <= after);
        assertTrue(last.closeTime().toEpochMilli() > before - 60_000, "up to the last closed minute");
        given().get("/sim/truth?symbol=NOPE&start=0&end=1").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("NOPE"))
                .body("instance", equalTo("/sim/truth"));
        given().get("/sim/truth?symbol=BTCUSDT&start=yesterday&end=1").then().statusCode(400)
                .body("title", equalTo("Bad Request"));
    }

    @Test
    void klinesHaveBinanceShapeAndEqualTheTruth() throws Exception {
        JsonNode rows = klines("symbol=BTCUSDT&interval=1m&startTime=" + ORIGIN + "&endTime=" + (START - 1)
                + "&limit=1000");
        List<Bar> bars = truth("symbol=BTCUSDT&start=" + ORIGIN + "&end=" + START);
        assertEquals(120, rows.size());
        BigDecimal previousClose = null;
        for (int i = 0; i < rows.size(); i++) {
            JsonNode k = rows.get(i);
            Bar b = bars.get(i);
            assertEquals(12, k.size());
            assertTrue(k.get(0).isIntegralNumber() && k.get(6).isIntegralNumber() && k.get(8).isIntegralNumber());
            for (int j : new int[] {1, 2, 3, 4, 5, 7, 9, 10}) {
                assertTrue(k.get(j).isTextual() && k.get(j).asText().matches("\\d+\\.\\d{8,}"), k.toString());
            }
            assertEquals("0", k.get(11).asText());
            assertEquals(b.openTime().toEpochMilli(), k.get(0).asLong());
            assertEquals(b.openTime().toEpochMilli() + 59_999, k.get(6).asLong());
            assertEquals((long) b.trades(), k.get(8).asLong());
            assertEquals(0, b.volume().compareTo(new BigDecimal(k.get(5).asText())));
            assertEquals(0, b.quoteVolume().compareTo(new BigDecimal(k.get(7).asText())));
            assertEquals(0, b.takerBuyVolume().compareTo(new BigDecimal(k.get(9).asText())));
            assertEquals(0, b.takerBuyQuoteVolume().compareTo(new BigDecimal(k.get(10).asText())));
            if (b.status() == BarStatus.EMPTY) {
                assertNotNull(previousClose, "the first minute of the history trades");
                for (int j = 1; j <= 4; j++) {
                    assertEquals(0, previousClose.compareTo(new BigDecimal(k.get(j).asText())), "OHLC = previous close");
                }
            } else {
                assertEquals(0, b.open().compareTo(new BigDecimal(k.get(1).asText())));
                assertEquals(0, b.high().compareTo(new BigDecimal(k.get(2).asText())));
                assertEquals(0, b.low().compareTo(new BigDecimal(k.get(3).asText())));
                assertEquals(0, b.close().compareTo(new BigDecimal(k.get(4).asText())));
                previousClose = b.close();
            }
        }
    }

    @Test
    void klinesSelectionRules() throws Exception {
        JsonNode fromStart = klines("symbol=ETHUSDT&interval=1m&startTime=" + (ORIGIN + 1) + "&limit=3");
        assertEquals(3, fromStart.size());
        assertEquals(ORIGIN + 60_000, fromStart.get(0).get(0).asLong(), "open time >= startTime");
        JsonNode toEnd = klines("symbol=ETHUSDT&interval=1m&endTime=" + (START + 59_999) + "&limit=2");
        assertEquals(START, toEnd.get(1).get(0).asLong());
        assertEquals(START - 60_000, toEnd.get(0).get(0).asLong());
        long before = given().get("/api/v3/time").then().extract().jsonPath().getLong("serverTime");
        JsonNode recent = klines("symbol=ETHUSDT&interval=1m");
        // fewer than 500 minutes exist since the data start: all of them, the still-open minute last
        assertEquals(ORIGIN, recent.get(0).get(0).asLong());
        assertTrue(recent.size() > 120 && recent.size() < 500, "klines: " + recent.size());
        assertTrue(recent.get(recent.size() - 1).get(0).asLong() >= before - before % 60_000);
        assertEquals(5, klines("symbol=ETHUSDT&interval=1m&limit=5").size());
        JsonNode beforeData = klines("symbol=ETHUSDT&interval=1m&endTime=" + (ORIGIN - 1));
        assertEquals(0, beforeData.size(), "no kline before the data starts");
        given().get("/api/v3/klines?symbol=ETHUSDT&interval=5x").then().statusCode(400).body("code", equalTo(-1120));
        given().get("/api/v3/klines?symbol=ETHUSDT").then().statusCode(400).body("code", equalTo(-1102));
        given().get("/api/v3/klines?symbol=XXXUSDT&interval=1m").then().statusCode(400).body("code", equalTo(-1121));
        given().get("/api/v3/klines?symbol=ETHUSDT&interval=1m&limit=1001").then().statusCode(400);
    }
}
