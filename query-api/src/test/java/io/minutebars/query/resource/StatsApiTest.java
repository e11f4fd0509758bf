package io.minutebars.query.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import io.minutebars.model.Json;
import io.minutebars.model.Messaging;
import io.minutebars.query.limits.Deadline;
import io.minutebars.query.service.CursorCodec;
import io.minutebars.query.stats.CompositeCalculator;
import io.minutebars.query.stats.CompositeParams;
import io.minutebars.query.stats.IndicatorParams;
import io.minutebars.query.stats.Indicators;
import io.minutebars.query.stats.MarketBars;
import io.minutebars.query.stats.PriceSeries;
import io.minutebars.query.stats.Rankings;
import io.minutebars.query.stats.Volatility;
import io.minutebars.query.support.MongoTestResource;
import io.minutebars.query.support.StatsProfile;
import io.minutebars.store.testing.StoredBuckets;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statistics endpoints over bars seeded in the in-JVM MongoDB-wire server, checked against the math classes. */
@QuarkusTest
@TestProfile(StatsProfile.class)
@QuarkusTestResource(MongoTestResource.class)
class StatsApiTest {
    static final long MIN = 60_000L;
    static final long JAN1 = 1704067200000L;
    static final int BARS = 180;
    static final long GAP_AT = JAN1 + 150 * MIN;
    static final long EMPTY_AT = JAN1 + 40 * MIN;
    static final long OUTLIER_AT = JAN1 + 60 * MIN;
    static final String STATS = "/api/v1/stats?exchange=binance&symbol=BTC-USDT&rsiPeriod=14&rsiWarmup=20";
    static final IndicatorParams PARAMS = new IndicatorParams(14, 20, 20, 5, Volatility.periodsPerYear(Interval.M1, 365),
            1440);
    private static boolean seeded;

    @Inject
    MongoClient mongo;

    @Inject
    CursorCodec cursors;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        MongoCollection<Document> bars = StoredBuckets.buckets(mongo, "statsdb");
        MongoCollection<Document> markets = StoredBuckets.markets(mongo, "statsdb");
        String[][] all = {{"binance", "BTC-USDT"}, {"bybit", "BTC-USDT"}, {"coinbase", "BTC-USD"},
                {"kraken", "BTC-USDC"}, {"binance", "ETH-USDT"}, {"binance", "BTC-EUR"}};
        for (String[] m : all) {
            bars.insertOne(StoredBuckets.bucket(m[0], m[1], Interval.M1, JAN1, day(m[0], m[1], 0)));
            markets.insertOne(QueryApiTest.market(m[0], m[1], "1m", JAN1, JAN1 + (BARS - 1) * MIN));
        }
        seeded = true;
    }

    /** A market's stored bars: a seeded random walk, with a GAP, an EMPTY minute and an outlier where planted. */
    static List<Bar> day(String exchange, String symbol, int revisedCloseBump) {
        Random r = new Random((exchange + symbol).hashCode());
        BigDecimal p = new BigDecimal(symbol.startsWith("ETH") ? "2300.00" : "42000.00");
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < BARS; i++) {
            long t = JAN1 + i * MIN;
            p = p.add(BigDecimal.valueOf(r.nextInt(2001) - 1000, 2));
            BigDecimal c = p.add(BigDecimal.valueOf(i == 100 ? revisedCloseBump : 0));
            if (t == GAP_AT && exchange.equals("binance")) {
                out.add(Bar.gap(exchange, symbol, symbol.replace("-", ""), t, BarStatus.GAP, BarSource.LIVE));
            } else if (t == EMPTY_AT && exchange.equals("coinbase")) {
                out.add(Bar.empty(exchange, symbol, symbol.replace("-", ""), t, BarSource.LIVE));
            } else {
                BigDecimal price = t == OUTLIER_AT && exchange.equals("kraken") ? c.multiply(new BigDecimal("1.3")) : c;
                BigDecimal v = BigDecimal.valueOf(1 + r.nextInt(50), 1);
                out.add(new Bar(exchange, symbol, symbol.replace("-", ""), "1m", Instant.ofEpochMilli(t), null,
                        price, price.add(BigDecimal.ONE), price.subtract(BigDecimal.ONE), price, v, v.multiply(price),
                        5L, price, null, null, null, null, "1", "5", i == 7 ? BarStatus.FILLED : BarStatus.COMPLETE,
                        revisedCloseBump == 0 ? 0 : 1, BarSource.LIVE));
            }
        }
        return out;
    }

    static JsonNode json(Response r) throws Exception {
        return Json.mapper().readTree(r.asByteArray());
    }

    static JsonNode tree(Object o) {
        return Json.mapper().valueToTree(o);
    }

    static JsonNode getOk(String url) throws Exception {
        Response r = given().urlEncodingEnabled(false).get(url);
        r.then().statusCode(200).contentType(startsWith("application/json"));
        return json(r);
    }

    @Test
    void indicatorsEqualTheReferenceComputationAndTheirWindowsNotTheRange() throws Exception {
        JsonNode page = getOk(STATS + "&start=2024-01-01T01:00:00Z&end=2024-01-01T03:00:00Z");
        PriceSeries s = PriceSeries.of(day("binance", "BTC-USDT", 0), Interval.M1, JAN1, JAN1 + BARS * MIN, JAN1, 1440);
        assertEquals(tree(Indicators.compute(s, 60, BARS, PARAMS, Deadline.NONE)), page.get("points"));
        assertEquals(525600.0, page.get("parameters").get("periodsPerYear").asDouble());
        JsonNode gap = page.get("points").get(90 + 2);
        assertEquals("bar 2024-01-01T02:30:00Z is GAP", gap.get("simpleReturn").get("reason").asText());
        assertTrue(gap.get("rsi").get("value").isNull());
        JsonNode early = getOk(STATS + "&start=2024-01-01T00:10:00Z&end=2024-01-01T00:30:00Z").get("points");
        assertTrue(early.get(0).get("rsi").get("reason").asText().startsWith("warm-up not met: needs 35 bars"));
        assertEquals("filled", early.get(0).get("simpleReturn").get("quality").asText(), "bar 7 was FILLED");
        // a narrower range gives the same values at the same bars
        JsonNode narrow = getOk(STATS + "&start=2024-01-01T01:30:00Z&end=2024-01-01T01:40:00Z").get("points");
        for (int i = 0; i < 10; i++) {
            assertEquals(page.get("points").get(30 + i), narrow.get(i));
        }
    }

    @Test
    void pagingWithTheCursorReproducesTheWholeRange() throws Exception {
        String url = STATS + "&start=2024-01-01T00:00:00Z&end=2024-01-01T03:00:00Z";
        JsonNode whole = getOk(url + "&limit=1440").get("points");
        ArrayNode paged = Json.mapper().createArrayNode();
        Response r = given().urlEncodingEnabled(false).get(url + "&limit=70");
        int pages = 0;
        while (true) {
            JsonNode page = json(r);
            page.get("points").forEach(paged::add);
            pages++;
            if (page.get("nextCursor").isNull()) {
                break;
            }
            assertTrue(r.header("Link").contains("/api/v1/stats?cursor="), r.header("Link"));
            r = given().queryParam("cursor", page.get("nextCursor").asText()).get("/api/v1/stats");
        }
        assertEquals(3, pages);
        assertEquals(whole, paged);
    }

    @Test
    void compositeEqualsTheReferenceAndExplainsItsExclusions() throws Exception {
        JsonNode page = getOk("/api/v1/composite?base=btc&start=2024-01-01T00:00:00Z&end=2024-01-01T03:00:00Z&limit=500");
        assertEquals("[\"USD\",\"USDT\",\"USDC\"]", page.get("quotes").toString());
        assertEquals(4, page.get("markets").size(), "BTC-EUR is not in the usd family");
        List<MarketBars> markets = new ArrayList<>();
        for (String[] m : new String[][] {{"binance", "BTC-USDT"}, {"bybit", "BTC-USDT"}, {"coinbase", "BTC-USD"},
                {"kraken", "BTC-USDC"}}) {
            markets.add(MarketBars.of(m[0], m[1], day(m[0], m[1], 0)));
        }
        assertEquals(tree(CompositeCalculator.compute(markets, Interval.M1, JAN1, JAN1 + BARS * MIN,
                CompositeParams.defaults(), Deadline.NONE)), page.get("bars"));
        JsonNode empty = page.get("bars").get(40);
        assertEquals("no trades", empty.get("exclusions").get(0).get("reason").asText());
        assertEquals("exact", empty.get("quality").asText());
        JsonNode outlier = page.get("bars").get(60);
        assertEquals("kraken", outlier.get("exclusions").get(0).get("exchange").asText());
        assertTrue(outlier.get("exclusions").get(0).get("reason").asText().startsWith("outlier: price"));
        assertEquals("partial", page.get("bars").get(150).get("quality").asText(), "binance is GAP");
        assertEquals("no data: bar is GAP", page.get("bars").get(150).get("exclusions").get(0).get("reason").asText());
    }

    @Test
    void rankingsEqualTheReference() throws Exception {
        JsonNode page = getOk("/api/v1/rankings?start=2024-01-01T02:00:00Z&end=2024-01-01T03:00:00Z&n=2&limit=60");
        assertEquals(6, page.get("markets").asInt());
        List<MarketBars> markets = new ArrayList<>();
        for (String[] m : new String[][] {{"binance", "BTC-EUR"}, {"binance", "BTC-USDT"}, {"binance", "ETH-USDT"},
                {"bybit", "BTC-USDT"}, {"coinbase", "BTC-USD"}, {"kraken", "BTC-USDC"}}) {
            markets.add(MarketBars.of(m[0], m[1], day(m[0], m[1], 0)));
        }
        List<Rankings.Snapshot> expected = Rankings.compute(markets, Interval.M1, JAN1 + 120 * MIN, JAN1 + BARS * MIN,
                2, 5, 1440, Deadline.NONE);
        assertEquals(tree(expected), page.get("rankings"));
        JsonNode atGap = page.get("rankings").get(30);
        assertEquals(3, atGap.get("ranked").asInt(), "the binance markets are GAP at 02:30");
        assertEquals("binance", atGap.get("unranked").get(0).get("exchange").asText());
        assertEquals("bar 2024-01-01T02:30:00Z is GAP", atGap.get("unranked").get(0).get("reason").asText());
        JsonNode binance = getOk("/api/v1/rankings?exchange=binance&start=2024-01-01T02:00:00Z&end=2024-01-01T02:01:00Z");
        assertEquals(3, binance.get("markets").asInt());
    }

    @Test
    void aRevisedBarAnnouncedOnMarketStoredChangesTheDependentValues() throws Exception {
        String url = "/api/v1/stats?exchange=binance&symbol=ETH-USDT&rsiWarmup=10&start=2024-01-01T01:35:00Z"
                + "&end=2024-01-01T02:00:00Z";
        JsonNode before = getOk(url).get("points");
        StoredBuckets.put(mongo, "statsdb",
                StoredBuckets.bucket("binance", "ETH-USDT", Interval.M1, JAN1, day("binance", "ETH-USDT", 3)));
        Bar revised = day("binance", "ETH-USDT", 3).get(100);
        JsonNode after = before;
        try (Connection c = rabbit(); Channel ch = c.createChannel()) {
            ch.exchangeDeclare(Messaging.STORED_EXCHANGE, "topic", true);
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < deadline && after.equals(before)) {
                ch.basicPublish(Messaging.STORED_EXCHANGE, revised.routingKey(), null, Json.writeBars(List.of(revised)));
                Thread.sleep(200);
                after = getOk(url).get("points");
            }
        }
        // bar 100 (01:40) is read by the returns at 01:40 and 01:45 (n = 5) and lies in the RSI windows of
        // 01:40 .. 02:04 (25 bars); nothing before 01:40 may change, the values at 01:40 must
        for (int i = 0; i < 25; i++) {
            long t = JAN1 + (95 + i) * MIN;
            boolean returnReads = t == JAN1 + 100 * MIN || t == JAN1 + 105 * MIN;
            JsonNode b = before.get(i);
            JsonNode a = after.get(i);
            assertEquals(returnReads, !a.get("simpleReturn").equals(b.get("simpleReturn")), "return at " + i);
            if (t < JAN1 + 100 * MIN) {
                assertEquals(b, a, "point " + i + " does not depend on the revised bar");
            }
        }
        assertNotEquals(before.get(5).get("rsi"), after.get(5).get("rsi"));
        assertNotEquals(before.get(5).get("logReturnStdev"), after.get(5).get("logReturnStdev"));
        assertNotEquals(before, after);
    }

    @Test
    void openApiDocumentsTheStatisticsPaths() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("\"/api/v1/stats\""), containsString("\"/api/v1/composite\""),
                        containsString("\"/api/v1/rankings\""), containsString("StatsPage"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/stats?exchange=binance&symbol=BTC-USDT&interval=2m                       | 400 | interval      | 1m, 5m
            /api/v1/stats?exchange=binance&symbol=BTC-USDT&start=yesterday                   | 400 | start         | 'yesterday'
            /api/v1/stats?exchange=binance&symbol=BTC-USDT&start=2024-01-02&end=2024-01-01   | 400 | start         | before end
            /api/v1/stats?exchange=binance&symbol=BTC-USDT&start=2024-01-01&end=2024-03-01   | 400 | end           | 31 days
            /api/v1/stats?exchange=binance&symbol=DOGE-USDT                                  | 404 | symbol        | 'DOGE-USDT'
            /api/v1/stats?exchange=kraken&symbol=BTC-USDT                                    | 404 | symbol        | 'BTC-USDT'
            /api/v1/stats?symbol=BTC-USDT                                                    | 400 | exchange      | required
            /api/v1/stats?exchange=binance&symbol=BTC-USDT&rsiPeriod=0                       | 400 | rsiPeriod     | 1..200
            /api/v1/stats?exchange=binance&symbol=BTC-USDT&rsiWarmup=-1                      | 400 | rsiWarmup     | 0..1000
            /api/v1/stats?exchange=binance&symbol=BTC-USDT&volWindow=1                       | 400 | volWindow     | 2..1000
            /api/v1/stats?exchange=binance&symbol=BTC-USDT&returnPeriods=x                   | 400 | returnPeriods | not an integer
            /api/v1/stats?exchange=binance&symbol=BTC-USDT&limit=1441                        | 400 | limit         | 1..1440
            /api/v1/stats?exchange=binance&symbol=BTC-USDT&rsiPeriod=200&rsiWarmup=1000&limit=1440 | 400 | limit | give limit=416
            /api/v1/stats?cursor=bm9wZQ                                                      | 400 | cursor        | not valid
            /api/v1/composite?base=BTC&family=eur                                            | 400 | family        | configured families: usd
            /api/v1/composite?family=usd                                                     | 400 | base          | required
            /api/v1/composite?base=DOGE                                                      | 404 | base          | no stored market
            /api/v1/composite?base=BTC&interval=1h                                           | 404 | base          | 1h bars
            /api/v1/composite?base=BTC&start=2024-01-01&end=2024-01-01                       | 400 | start         | before end
            /api/v1/rankings?n=0                                                             | 400 | n             | 1..100
            /api/v1/rankings?n=101                                                           | 400 | n             | 1..100
            /api/v1/rankings?exchange=bitstamp                                               | 404 | exchange      | 'bitstamp'
            /api/v1/rankings?interval=4h                                                     | 404 | interval      | 4h bars
            /api/v1/rankings?returnPeriods=0                                                 | 400 | returnPeriods | 1..1000
            """)
    void badInputIsAProblem(String path, int status, String parameter, String detail) {
        Response r = given().urlEncodingEnabled(false).get(path);
        r.then().statusCode(status).contentType(QueryApiTest.Problem.MEDIA)
                .body("status", equalTo(status))
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(detail))
                .body("type", startsWith("https://minutebars.io/problems/"))
                .body("instance", startsWith(path.substring(0, path.indexOf('?'))));
    }

    @Test
    void aCursorOfAnotherEndpointOrQueryIsRefused() throws Exception {
        JsonNode page = getOk(STATS + "&start=2024-01-01T00:00:00Z&end=2024-01-01T03:00:00Z&limit=10");
        String cursor = page.get("nextCursor").asText();
        given().queryParam("cursor", cursor).get("/api/v1/rankings").then().statusCode(400)
                .body("parameter", equalTo("cursor")).body("detail", containsString("/api/v1/stats"));
        given().queryParam("cursor", cursor).queryParam("rsiPeriod", "7").get("/api/v1/stats").then().statusCode(400)
                .body("parameter", equalTo("cursor")).body("detail", containsString("rsiPeriod=14"));
        given().queryParam("cursor", cursor).queryParam("symbol", "btc-usdt").get("/api/v1/stats").then()
                .statusCode(200);
    }

    /**
     * Regression: statistics cursors carrying times near Long.MAX_VALUE (or a range whose length overflows) were
     * answered 500, or 200 with absurd times (composite). Even signed, their contents are checked like a query's.
     */
    @Test
    void aSignedCursorWithTimesBeyondTheRangeIsA400AtOnce() {
        long max = Long.MAX_VALUE;
        long day = 86_400_000L;
        String[][] endpoints = {{"stats", "exchange=binance,symbol=BTC-USDT,interval=%s"},
                {"rankings", "interval=%s,n=5,returnPeriods=5"}, {"composite", "base=BTC,family=usd,interval=%s"}};
        for (String[] e : endpoints) {
            for (String interval : List.of("1m", "1d")) {
                for (long[] r : new long[][] {{max - day, max}, {max - 5 * day, max - 1}, {Long.MIN_VALUE + 1, max - 1}}) {
                    String cursor = cursors.encode("s2", e[0], Long.toString(r[0]), Long.toString(r[1]), "60",
                            String.format(e[1], interval));
                    long t0 = System.nanoTime();
                    given().config(QueryApiTest.TIMEOUT).queryParam("cursor", cursor).get("/api/v1/" + e[0]).then()
                            .statusCode(400).contentType(startsWith("application/problem+json"))
                            .body("parameter", equalTo("cursor"));
                    assertTrue(System.nanoTime() - t0 < 1_000_000_000L, e[0] + " answered within a second");
                }
            }
        }
    }

    private static Connection rabbit() throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        f.setPort(5672);
        f.setUsername("guest");
        f.setPassword("guest");
        return f.newConnection("query-api-stats-test");
    }
}
