package io.minutebars.simulator.binance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Json;
import io.minutebars.simulator.Fixtures;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.Scaled;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AggTradesResourceTest {
    private static final long START = SyntheticHistory.START;
    private static final long ORIGIN = SyntheticHistory.ORIGIN;

    static List<AggTrade> get(String query) {
        String body = given().when().get("/api/v3/aggTrades?" + query).then().statusCode(200)
                .header(BinanceRateLimit.WEIGHT_HEADER, notNullValue()).extract().asString();
        return parse(body);
    }

    static List<AggTrade> parse(String body) {
        try {
            List<AggTrade> out = new ArrayList<>();
            for (JsonNode r : Json.mapper().readTree(body)) {
                assertEquals(List.of("a", "p", "q", "f", "l", "T", "m", "M"), fieldNames(r));
                assertTrue(r.get("p").asText().matches("\\d+\\.\\d{8}"), r.toString());
                assertTrue(r.get("q").asText().matches("\\d+\\.\\d{8}"), r.toString());
                out.add(new AggTrade(r.get("a").asLong(), Scaled.parse(r.get("p").asText()),
                        Scaled.parse(r.get("q").asText()), r.get("f").asLong(), r.get("l").asLong(),
                        r.get("T").asLong(), r.get("m").asBoolean(), r.get("M").asBoolean()));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void pagingByFromIdWalksTheWholeHistoryExactlyAsTheSeedDefinesIt() {
        List<AggTrade> expected = SyntheticHistory.trades("BTCUSDT", ORIGIN, START - 1);
        List<AggTrade> walked = new ArrayList<>();
        long fromId = expected.get(0).id();
        while (walked.size() < expected.size()) {
            List<AggTrade> page = get("symbol=BTCUSDT&limit=1000&fromId=" + fromId);
            if (walked.size() + 1000 <= expected.size()) {
                assertEquals(1000, page.size(), "history pages are full");
            }
            walked.addAll(page);
            fromId = page.get(page.size() - 1).id() + 1;
        }
        assertEquals(expected, walked.subList(0, expected.size()));
        assertTrue(expected.size() > 5000, "about 60 trades a minute for 2 hours: " + expected.size());
    }

    @Test
    void timeWindowsAreInclusiveAndChronological() {
        long t = START - 30 * 60_000L;
        List<AggTrade> day = SyntheticHistory.trades("ETHUSDT", ORIGIN, START - 1);
        List<AggTrade> afterT = day.stream().filter(x -> x.time() >= t).toList();
        List<AggTrade> upToT = day.stream().filter(x -> x.time() <= t).toList();
        assertEquals(afterT.subList(0, 5), get("symbol=ETHUSDT&startTime=" + t + "&limit=5"));
        assertEquals(upToT.subList(upToT.size() - 5, upToT.size()), get("symbol=ETHUSDT&endTime=" + t + "&limit=5"));
        // both bounds inclusive: a window from one trade's time to another's
        AggTrade a = day.get(100);
        AggTrade b = day.get(130);
        List<AggTrade> window = day.stream().filter(x -> x.time() >= a.time() && x.time() <= b.time()).toList();
        assertEquals(window, get("symbol=ETHUSDT&startTime=" + a.time() + "&endTime=" + b.time()));
        // startTime only: default limit 500, never past simNow
        List<AggTrade> fromOrigin = get("symbol=ETHUSDT&startTime=" + ORIGIN);
        assertEquals(day.subList(0, 500), fromOrigin);
    }

    @Test
    void withoutBoundsTheMostRecentTradesUpToSimNow() {
        List<AggTrade> recent = get("symbol=BNBBTC");
        long serverTime = given().get("/api/v3/time").then().statusCode(200).extract().jsonPath().getLong("serverTime");
        assertEquals(500, recent.size());
        for (int i = 1; i < recent.size(); i++) {
            assertEquals(recent.get(i - 1).id() + 1, recent.get(i).id(), "consecutive, chronological");
        }
        assertTrue(recent.get(recent.size() - 1).time() <= serverTime);
        assertEquals(1000, get("symbol=BNBBTC&limit=1000").size());
    }

    @Test
    void badParametersGetBinanceErrors() {
        String invalidSymbol = Fixtures.read("binance/rest/error_400_-1121_invalid_symbol.json").trim();
        given().get("/api/v3/aggTrades?symbol=FOOBAR").then().statusCode(400).body(equalTo(invalidSymbol))
                .header(BinanceRateLimit.WEIGHT_HEADER, notNullValue());
        error("symbol=BTCUSDT&limit=1001", -1130);
        error("symbol=BTCUSDT&limit=0", -1130);
        error("symbol=BTCUSDT&limit=ten", -1100);
        error("limit=10", -1102);
        error("symbol=btcusdt", -1100);
        error("symbol=BTCUSDT&fromId=1&startTime=1", -1128);
        error("symbol=BTCUSDT&startTime=2&endTime=1", -1023);
    }

    private static void error(String query, int code) {
        given().get("/api/v3/aggTrades?" + query).then().statusCode(400).contentType("application/json")
                .body("code", equalTo(code)).body("msg", notNullValue());
    }

    @Test
    void injectedRateLimitAnswers429WithRetryAfterThenRecovers() {
        given().post("/sim/faults/rate-limit?count=2").then().statusCode(200).body("pending", equalTo(2));
        for (int i = 0; i < 2; i++) {
            given().get("/api/v3/ping").then().statusCode(429).header("Retry-After", "1")
                    .header(BinanceRateLimit.WEIGHT_HEADER, notNullValue())
                    .body("code", equalTo(-1003))
                    .body("msg", equalTo("Too much request weight used; current limit is 6000 request weight per "
                            + "1 MINUTE. Please use the websocket for live updates to avoid polling the API."));
        }
        given().get("/api/v3/ping").then().statusCode(200).body(equalTo("{}"));
        given().post("/sim/faults/ban?count=1").then().statusCode(200);
        given().get("/api/v3/time").then().statusCode(418).header("Retry-After", notNullValue())
                .body("code", equalTo(-1003));
        given().post("/sim/faults/rate-limit?count=abc").then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400));
        given().delete("/sim/faults").then().statusCode(200);
    }
}
