package io.minutebars.simulator.nomics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.simulator.RestBars;
import io.minutebars.simulator.Truths;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NomicsApiTest {
    private static final String V1 = "/nomics/v1/";
    private static final String MARKET = "key=k&exchange=binance&market=";

    private static JsonNode get(String path) {
        return RestBars.json(given().get(V1 + path).then().statusCode(200).extract().asString());
    }

    @Test
    void everyCallNeedsAKey() {
        for (String path : List.of("currencies/ticker", "exchange-candles?exchange=binance&market=BTCUSDT&interval=1m",
                "trades?exchange=binance&market=BTCUSDT", "trades?key=&exchange=binance&market=BTCUSDT")) {
            given().get(V1 + path).then().statusCode(401).body("error", equalTo("missing API key"));
        }
    }

    @Test
    void theDateHeaderIsTheSimulatedClock() {
        long now = given().get("/sim/clock").then().extract().jsonPath().getLong("simNow");
        String date = given().get(V1 + "currencies/ticker?key=k").then().statusCode(200).extract().header("Date");
        long stated = java.time.ZonedDateTime.parse(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant().toEpochMilli();
        assertTrue(Math.abs(stated - now) < 120_000, date + " is the simulated time " + Instant.ofEpochMilli(now));
    }

    @Test
    void tickerHasOneRowPerBaseCurrency() {
        JsonNode rows = get("currencies/ticker?key=k&ids=BTC,ETH&interval=1d");
        assertEquals(2, rows.size());
        JsonNode btc = rows.get(0);
        assertEquals(List.of("id", "currency", "symbol", "name", "status", "price", "price_timestamp"),
                RestBars.fields(btc));
        assertEquals("BTC", btc.get("id").asText());
        assertTrue(btc.get("price").isTextual() && new BigDecimal(btc.get("price").asText()).signum() > 0);
        Instant.parse(btc.get("price_timestamp").asText());
        assertEquals("ETH", get("currencies/ticker?key=k&ids=ETH").get(0).get("id").asText());
    }

    @Test
    void tradesPagedBySinceGiveTheTruth() {
        List<RestBars.Row> rows = new ArrayList<>();
        String since = "";
        long lastTime = 0;
        int size = 1000;
        while (lastTime < Truths.START && size == 1000) { // a short page: every trade up to simNow was read
            JsonNode page = get("trades?" + MARKET + "BTCUSDT&limit=1000" + since);
            size = page.size();
            for (JsonNode t : page) {
                assertEquals(List.of("id", "timestamp", "price", "amount", "order", "type", "side"), RestBars.fields(t));
                lastTime = Instant.parse(t.get("timestamp").asText()).toEpochMilli();
                BigDecimal price = new BigDecimal(t.get("price").asText());
                BigDecimal amount = new BigDecimal(t.get("amount").asText());
                if (!rows.isEmpty()) {
                    assertTrue(Long.parseLong(t.get("id").asText()) > Long.parseLong(rows.get(rows.size() - 1).id()));
                }
                rows.add(new RestBars.Row(lastTime, t.get("id").asText(), price, amount, price.multiply(amount),
                        t.get("side").asText().equals("buy")));
            }
            since = "&since=" + rows.get(rows.size() - 1).id();
        }
        assertEquals(Truths.ORIGIN, rows.get(0).time() - rows.get(0).time() % 60_000, "from the oldest kept");
        List<Bar> truth = Truths.truth("nomics", "BTCUSDT", Truths.ORIGIN, Truths.START);
        assertEquals(RestBars.bars("nomics", "BTC-USDT", "BTCUSDT", rows, Truths.ORIGIN, Truths.START), truth);
        assertEquals(3, get("trades?" + MARKET + "BTCUSDT&limit=3&since=" + rows.get(10).id()).size());
        assertEquals(rows.get(11).id(), get("trades?" + MARKET + "BTCUSDT&since=" + rows.get(10).id()).get(0).get("id")
                .asText());
        assertEquals(100, get("trades?" + MARKET + "BTCUSDT").size(), "default limit");
    }

    @Test
    void candlesAreClosedMinutesAndEqualTheTruth() {
        String range = "&interval=1m&start=" + Instant.ofEpochMilli(Truths.ORIGIN) + "&end="
                + Instant.ofEpochMilli(Truths.START);
        List<Bar> truth = Truths.truth("nomics", "ETHUSDT", Truths.ORIGIN, Truths.START).stream()
                .filter(b -> b.status() == BarStatus.COMPLETE).toList();
        for (String path : List.of("exchange-candles?", "exchange_candles?")) {
            JsonNode candles = get(path + MARKET + "ETHUSDT" + range);
            assertEquals(truth.size(), candles.size());
            for (int i = 0; i < truth.size(); i++) {
                JsonNode c = candles.get(i);
                Bar b = truth.get(i);
                assertEquals(List.of("timestamp", "open", "high", "low", "close", "volume"), RestBars.fields(c));
                assertEquals(b.openTime(), Instant.parse(c.get("timestamp").asText()));
                assertEquals(0, b.close().compareTo(new BigDecimal(c.get("close").asText())));
                assertEquals(0, b.volume().compareTo(new BigDecimal(c.get("volume").asText())));
                assertEquals(0, b.open().compareTo(new BigDecimal(c.get("open").asText())));
            }
        }
        JsonNode open = get("exchange-candles?" + MARKET + "ETHUSDT&interval=1m&start=" + Instant.ofEpochMilli(Truths.START));
        long now = given().get("/sim/clock").then().extract().jsonPath().getLong("simNow");
        long last = Instant.parse(open.get(open.size() - 1).get("timestamp").asText()).toEpochMilli();
        assertTrue(last + 60_000 <= now, "only closed minutes");
    }

    @Test
    void badParametersAreA400AndFaultsA429() {
        given().get(V1 + "trades?key=k&exchange=kraken&market=BTCUSDT").then().statusCode(400)
                .body("error", containsString("binance"));
        given().get(V1 + "trades?" + MARKET + "XYZ").then().statusCode(400).body("error", containsString("XYZ"));
        given().get(V1 + "trades?" + MARKET + "BTCUSDT&limit=1001").then().statusCode(400);
        given().get(V1 + "exchange-candles?" + MARKET + "BTCUSDT&interval=1h").then().statusCode(400);
        given().get(V1 + "exchange-candles?" + MARKET + "BTCUSDT&interval=1m&start=noon").then().statusCode(400);
        given().post("/sim/faults/rate-limit?exchange=nomics&count=1").then().statusCode(200);
        given().get(V1 + "currencies/ticker?key=k").then().statusCode(429);
        given().get(V1 + "currencies/ticker?key=k").then().statusCode(200);
    }
}
