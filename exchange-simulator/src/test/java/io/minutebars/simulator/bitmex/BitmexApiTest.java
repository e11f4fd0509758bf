package io.minutebars.simulator.bitmex;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.simulator.Fixtures;
import io.minutebars.simulator.RestBars;
import io.minutebars.simulator.Truths;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BitmexApiTest {
    private static final String TRADE = "/bitmex/api/v1/trade?symbol=";

    private static JsonNode get(String path) {
        return RestBars.json(given().get(path).then().statusCode(200).header("X-RateLimit-Limit", notNullValue())
                .header("X-RateLimit-Remaining", notNullValue()).header("X-RateLimit-Reset", notNullValue())
                .extract().asString());
    }

    /** Every trade with ORIGIN <= T < START, paged by start offset. */
    private static List<JsonNode> history(String symbol) {
        List<JsonNode> out = new ArrayList<>();
        while (true) {
            JsonNode page = get(TRADE + symbol + "&startTime=" + Instant.ofEpochMilli(Truths.ORIGIN) + "&endTime="
                    + Instant.ofEpochMilli(Truths.START - 1) + "&count=1000&start=" + out.size());
            page.forEach(out::add);
            if (page.size() < 1000) {
                return out;
            }
        }
    }

    @Test
    void theApiRootStatesTheSimulatedTime() {
        long now = given().get("/sim/clock").then().extract().jsonPath().getLong("simNow");
        JsonNode root = get("/bitmex/api/v1");
        assertEquals("BitMEX API", root.get("name").asText());
        assertTrue(Math.abs(root.get("timestamp").asLong() - now) < 120_000, "simulated, not wall-clock, time");
    }

    @Test
    void instrumentsHaveTheFixtureFields() {
        JsonNode fixture = RestBars.json(Fixtures.read("bitmex/rest/instrument_active_2021-07-22_trimmed.json")).get(0);
        JsonNode rows = get("/bitmex/api/v1/instrument/active");
        assertEquals(2, rows.size());
        for (JsonNode row : rows) {
            for (String f : RestBars.fields(row)) {
                assertTrue(fixture.has(f), "field " + f + " exists in the real payload");
            }
        }
        JsonNode xbt = rows.get(0);
        assertEquals("XBTUSD", xbt.get("symbol").asText());
        assertEquals("XBT", xbt.get("underlying").asText());
        assertTrue(xbt.get("isInverse").asBoolean());
        assertEquals(100, xbt.get("lotSize").asInt());
        assertEquals("FFWCSX", xbt.get("typ").asText());
        assertEquals("USDT", rows.get(1).get("quoteCurrency").asText());
        assertEquals("Open", rows.get(1).get("state").asText());
    }

    @Test
    void truthEqualsBarsFromTheRestTradesHomeAndForeignNotionals() {
        JsonNode fixtureTrade = RestBars.json(Fixtures.read("bitmex/rest/nautilus_http_get_trades.json")).get(0);
        for (String symbol : List.of("XBTUSD", "ETHUSDT")) {
            List<JsonNode> trades = history(symbol);
            assertTrue(trades.size() > 3000, symbol + ": " + trades.size());
            List<RestBars.Row> rows = new ArrayList<>();
            for (JsonNode t : trades) {
                assertEquals(RestBars.fields(fixtureTrade), RestBars.fields(t));
                assertTrue(t.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
                BigDecimal price = t.get("price").decimalValue();
                long size = t.get("size").asLong();
                BigDecimal home = t.get("homeNotional").decimalValue();
                if (symbol.equals("XBTUSD")) {
                    assertEquals(0, size % 100, "lots of 100 contracts");
                    assertEquals(0, BigDecimal.valueOf(size).divide(price, 8, RoundingMode.HALF_UP).compareTo(home));
                    assertEquals(size, t.get("foreignNotional").asLong());
                } else {
                    assertEquals(0, BigDecimal.valueOf(size, 3).compareTo(home), "1 contract = 0.001 ETH");
                }
                rows.add(new RestBars.Row(Instant.parse(t.get("timestamp").asText()).toEpochMilli(),
                        t.get("trdMatchID").asText(), price, home, t.get("foreignNotional").decimalValue(),
                        t.get("side").asText().equals("Buy")));
            }
            assertEquals(trades.size(), new HashSet<>(rows.stream().map(RestBars.Row::id).toList()).size(), "unique ids");
            String canonical = symbol.equals("XBTUSD") ? "BTC-USD" : "ETH-USDT";
            List<Bar> expected = RestBars.bars("bitmex", canonical, symbol, rows, Truths.ORIGIN, Truths.START);
            assertEquals(expected, Truths.truth("bitmex", symbol, Truths.ORIGIN, Truths.START));
        }
    }

    @Test
    void pagingReverseAndTheTimeBound() {
        String window = "&startTime=" + Instant.ofEpochMilli(Truths.ORIGIN) + "&endTime="
                + Instant.ofEpochMilli(Truths.ORIGIN + 600_000);
        JsonNode first = get(TRADE + "XBTUSD" + window + "&count=10");
        JsonNode next = get(TRADE + "XBTUSD" + window + "&count=10&start=5");
        assertEquals(10, first.size());
        assertEquals(first.get(5), next.get(0));
        JsonNode newest = get(TRADE + "XBTUSD" + window + "&count=3&reverse=true");
        assertTrue(newest.get(0).get("timestamp").asText().compareTo(newest.get(2).get("timestamp").asText()) >= 0);
        assertTrue(Instant.parse(newest.get(0).get("timestamp").asText()).toEpochMilli() <= Truths.ORIGIN + 600_000);
        assertEquals(100, get(TRADE + "XBTUSD" + window).size(), "default count");
        long before = given().get("/sim/clock").then().extract().jsonPath().getLong("simNow");
        JsonNode latest = get(TRADE + "xbtusd&reverse=true&count=1");
        long after = given().get("/sim/clock").then().extract().jsonPath().getLong("simNow");
        long last = Instant.parse(latest.get(0).get("timestamp").asText()).toEpochMilli();
        assertTrue(last <= after && last > before - 600_000, "only trades up to simNow, symbol case-insensitive");
    }

    @Test
    void errorsHaveTheBitmexShape() {
        JsonNode fixture = RestBars.json(Fixtures.read("bitmex/rest/nautilus_http_error_response.json"));
        String body = given().get(TRADE + "XBTUSD&count=1001").then().statusCode(400).extract().asString();
        assertEquals(RestBars.fields(fixture.get("error")), RestBars.fields(RestBars.json(body).get("error")));
        given().get(TRADE + "NOPE").then().statusCode(400).body("error.name", equalTo("HTTPError"))
                .body("error.message", containsString("NOPE"));
        given().get(TRADE + "XBTUSD&startTime=yesterday").then().statusCode(400).body("error.name", equalTo("HTTPError"));
    }

    @Test
    void rateLimitFaultIsA429WithRetryAfterAndHeaders() {
        given().post("/sim/faults/rate-limit?exchange=bitmex&count=1").then().statusCode(200);
        given().get(TRADE + "XBTUSD&count=1").then().statusCode(429).header("Retry-After", "1")
                .header("X-RateLimit-Remaining", "0").header("X-RateLimit-Limit", notNullValue())
                .body("error.name", equalTo("RateLimitError"))
                .body("error.message", equalTo("Rate limit exceeded, retry in 1 seconds."));
        given().get(TRADE + "XBTUSD&count=1").then().statusCode(200);
        given().get("/api/v3/time").then().statusCode(200); // other exchanges untouched
        given().post("/sim/faults/rate-limit?exchange=kraken").then().statusCode(400)
                .body("detail", containsString("bitmex"));
    }
}
