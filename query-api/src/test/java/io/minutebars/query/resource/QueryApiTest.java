package io.minutebars.query.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.minutebars.model.Bar;
import io.minutebars.model.BarBuckets;
import io.minutebars.model.Interval;
import io.minutebars.model.Json;
import io.minutebars.model.Messaging;
import io.minutebars.query.service.CursorCodec;
import io.minutebars.query.service.PageCursor;
import io.minutebars.query.support.MongoTestResource;
import io.minutebars.query.support.TestBars;
import io.minutebars.store.testing.StoredBuckets;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The API end to end over seeded bucket documents, the in-JVM MongoDB-wire server and the local RabbitMQ. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class QueryApiTest {
    static final long MIN = 60_000L;
    static final long DAY = 86_400_000L;
    static final long JAN1 = 1704067200000L;
    static final long JAN2 = JAN1 + DAY;
    static final long MAR1 = 1709251200000L;
    private static boolean seeded;

    /** A server that spins on a request must fail the test, not hang it. */
    static final RestAssuredConfig TIMEOUT = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 5000).setParam("http.connection.timeout", 5000));

    @Inject
    MongoClient mongo;

    @Inject
    CursorCodec cursors;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        MongoCollection<Document> bars = StoredBuckets.buckets(mongo, "minutebars");
        StoredBuckets.index(mongo, "minutebars");
        insertBucket(bars, "binance", "BTC-USDT", Interval.M1, JAN1, JAN1 + DAY);
        insertBucket(bars, "binance", "BTC-USDT", Interval.M1, JAN2, JAN2 + 120 * MIN);
        insertBucket(bars, "binance", "ETH-USDT", Interval.M1, MAR1, MAR1 + 60 * MIN);
        insertBucket(bars, "bybit", "BTC-USDT", Interval.H1, JAN1, JAN1 + DAY);
        MongoCollection<Document> markets = StoredBuckets.markets(mongo, "minutebars");
        markets.insertOne(market("binance", "BTC-USDT", "1m", JAN1, JAN2 + 119 * MIN));
        markets.insertOne(market("binance", "ETH-USDT", "1m", MAR1, MAR1 + 59 * MIN));
        markets.insertOne(market("bybit", "BTC-USDT", "1h", JAN1, JAN1 + 23 * 60 * MIN));
        seeded = true;
    }

    static void insertBucket(MongoCollection<Document> bars, String exchange, String symbol, Interval interval,
            long start, long end) {
        bars.insertOne(StoredBuckets.bucket(exchange, symbol, interval, BarBuckets.bucketStart(interval, start),
                TestBars.range(exchange, symbol, interval, start, end)));
    }

    static Document market(String exchange, String symbol, String interval, long first, long last) {
        return StoredBuckets.market(exchange, symbol, interval, first, last);
    }

    static List<Bar> expected(long start, long end) {
        return TestBars.range("binance", "BTC-USDT", Interval.M1, start, end);
    }

    static JsonNode json(Response r) throws Exception {
        return Json.mapper().readTree(r.asByteArray());
    }

    static List<Bar> bars(JsonNode page) throws Exception {
        return Json.readBars(Json.mapper().writeValueAsBytes(page.get("bars")));
    }

    @Test
    void aDayOfBarsInTheWireForm() throws Exception {
        Response r = given().queryParam("exchange", "binance").queryParam("symbol", "BTC-USDT")
                .queryParam("start", "2024-01-01T00:00:00Z").queryParam("end", "2024-01-02T00:00:00Z")
                .queryParam("limit", 10000).get("/api/v1/bars");
        r.then().statusCode(200).contentType(startsWith("application/json"));
        String body = r.asString();
        String barsArray = body.substring(body.indexOf("\"bars\":") + 7, body.lastIndexOf(",\"nextCursor\""));
        assertEquals(new String(Json.writeBars(expected(JAN1, JAN2)), StandardCharsets.UTF_8), barsArray,
                "bars are byte-identical to common-model's wire form");
        JsonNode page = json(r);
        assertEquals("binance", page.get("exchange").asText());
        assertEquals("1m", page.get("interval").asText());
        assertEquals("2024-01-01T00:00:00Z", page.get("start").asText());
        assertEquals("2024-01-02T00:00:00Z", page.get("end").asText());
        assertTrue(page.get("nextCursor").isNull());
        assertNull(r.header("Link"));
    }

    @Test
    void rangeAcrossTwoBucketsWithHalfOpenBounds() throws Exception {
        Response r = given().queryParam("exchange", "binance").queryParam("symbol", "BTC-USDT")
                .queryParam("start", "2024-01-01T23:58:00Z").queryParam("end", Long.toString(JAN2 + 2 * MIN))
                .get("/api/v1/bars");
        r.then().statusCode(200);
        List<Bar> got = bars(json(r));
        assertEquals(expected(JAN2 - 2 * MIN, JAN2 + 2 * MIN), got);
        assertEquals(JAN2 - 2 * MIN, got.get(0).openTime().toEpochMilli(), "bar at start included");
        assertFalse(got.stream().anyMatch(b -> b.openTime().toEpochMilli() == JAN2 + 2 * MIN), "bar at end excluded");
    }

    @Test
    void pagingWithTheCursorReproducesTheFullList() throws Exception {
        List<Bar> all = new ArrayList<>();
        Response r = given().queryParam("exchange", "binance").queryParam("symbol", "btc-usdt")
                .queryParam("start", "2024-01-01").queryParam("end", "2024-01-03").queryParam("limit", 500)
                .get("/api/v1/bars");
        int pages = 0;
        while (true) {
            r.then().statusCode(200);
            JsonNode page = json(r);
            all.addAll(bars(page));
            pages++;
            if (page.get("nextCursor").isNull()) {
                assertNull(r.header("Link"));
                break;
            }
            String cursor = page.get("nextCursor").asText();
            assertTrue(r.header("Link").contains("cursor=" + cursor) && r.header("Link").endsWith("rel=\"next\""),
                    r.header("Link"));
            r = given().queryParam("cursor", cursor).get("/api/v1/bars");
        }
        assertEquals(expected(JAN1, JAN2 + 120 * MIN), all);
        assertEquals(4, pages);
    }

    @Test
    void forgedTruncatedForeignAndUnsignedCursorsAre400s() throws Exception {
        Response first = given().queryParam("exchange", "binance").queryParam("symbol", "BTC-USDT")
                .queryParam("start", "2024-01-01").queryParam("end", "2024-01-02").queryParam("limit", 10)
                .get("/api/v1/bars");
        String good = json(first).get("nextCursor").asText();
        String signature = good.substring(good.indexOf('.'));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("v2|binance|BTC-USDT|1m|" + JAN1 + "|" + (JAN1 + 31 * DAY) + "|10000").getBytes(StandardCharsets.US_ASCII))
                + signature;
        String foreign = PageCursor.bars("binance", "BTC-USDT", Interval.M1, JAN1, JAN2, 10)
                .encode(new CursorCodec("another-deployment-secret-0123456789abcdef"));
        for (String bad : List.of(forged, good.substring(0, good.length() - 3), good.substring(0, good.indexOf('.')),
                foreign, good.replace('.', '_'), good + "." + signature)) {
            given().queryParam("cursor", bad).get("/api/v1/bars").then().statusCode(400).contentType(Problem.MEDIA)
                    .body("parameter", equalTo("cursor"));
        }
        given().queryParam("cursor", good).get("/api/v1/bars").then().statusCode(200);
    }

    /**
     * Regression: a cursor carrying times near Long.MAX_VALUE (end left out of the request) kept query-api's CPU
     * busy (bucket loops that overflowed) and answered 500 for 1d. Signed or not, its times are checked like a
     * query's: a 400 at once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1m", "1d"})
    void aCursorBeyondTheTimeRangeIsA400AtOnce(String code) {
        Interval interval = Interval.fromCode(code).orElseThrow();
        long max = Long.MAX_VALUE;
        for (long[] r : new long[][] {{max - 1000, max}, {max - 10 * DAY, max - 1}, {Long.MIN_VALUE + 1, max - 1},
                {-DAY, JAN1}, {JAN1, 253402300800000L}}) {
            String cursor = PageCursor.bars("binance", "BTC-USDT", interval, r[0], r[1], 1000).encode(cursors);
            long t0 = System.nanoTime();
            given().config(TIMEOUT).queryParam("cursor", cursor).get("/api/v1/bars").then().statusCode(400)
                    .contentType(Problem.MEDIA).body("parameter", equalTo("cursor"))
                    .body("detail", containsString("outside 1970-01-01T00:00:00Z"));
            assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "answered within a second");
        }
    }

    @Test
    void latestBar() throws Exception {
        Response r = given().queryParam("exchange", "binance").queryParam("symbol", "BTC-USDT")
                .get("/api/v1/bars/latest");
        r.then().statusCode(200).contentType(startsWith("application/json"));
        Bar bar = Json.read(r.asByteArray(), Bar.class);
        assertEquals(TestBars.bar("binance", "BTC-USDT", Interval.M1, JAN2 + 119 * MIN, 0), bar);
        given().queryParam("exchange", "binance").queryParam("symbol", "BTC-USDT").queryParam("interval", "5m")
                .get("/api/v1/bars/latest").then().statusCode(404).contentType(Problem.MEDIA)
                .body("parameter", equalTo("interval"));
    }

    @Test
    void marketsListing() throws Exception {
        JsonNode all = json(given().get("/api/v1/markets").then().statusCode(200).extract().response());
        assertEquals(3, all.get("markets").size());
        JsonNode first = all.get("markets").get(0);
        assertEquals("binance", first.get("exchange").asText());
        assertEquals("BTC-USDT", first.get("symbol").asText());
        assertEquals("BTCUSDT", first.get("nativeSymbol").asText());
        assertEquals("1m", first.get("intervals").get(0).get("interval").asText());
        assertEquals("2024-01-01T00:00:00Z", first.get("intervals").get(0).get("firstOpenTime").asText());
        assertEquals("2024-01-02T01:59:00Z", first.get("intervals").get(0).get("lastOpenTime").asText());
        JsonNode bybit = json(given().queryParam("exchange", "bybit").get("/api/v1/markets"));
        assertEquals(1, bybit.get("markets").size());
        assertEquals("1h", bybit.get("markets").get(0).get("intervals").get(0).get("interval").asText());
    }

    @Test
    void openApiDocumentsEveryPath() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("\"/api/v1/bars\""), containsString("\"/api/v1/bars/latest\""),
                        containsString("\"/api/v1/markets\""), containsString("application/problem+json"),
                        containsString("minutebars query API"), containsString("\"429\""),
                        containsString("RateLimit-Remaining"));
    }

    @Test
    void readyAndMetered() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().queryParam("exchange", "binance").queryParam("symbol", "BTC-USDT").get("/api/v1/bars");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("query_bucket_cache_requests_total{result=\"hit\""),
                        containsString("query_bucket_cache_requests_total{result=\"miss\""),
                        containsString("http_server_requests_seconds_bucket"));
    }

    @Test
    void aRevisionAnnouncedOnMarketStoredReplacesTheCachedBucket() throws Exception {
        String url = "/api/v1/bars?exchange=binance&symbol=ETH-USDT&start=2024-03-01&end=2024-03-02";
        long revisedAt = MAR1 + 5 * MIN;
        assertEquals(0, barAt(url, revisedAt).revision());
        // the aggregator revises the bar in MongoDB ...
        Bar revised = TestBars.bar("binance", "ETH-USDT", Interval.M1, revisedAt, 1);
        List<Bar> day = new ArrayList<>(TestBars.range("binance", "ETH-USDT", Interval.M1, MAR1, MAR1 + 60 * MIN));
        day.set(5, revised);
        StoredBuckets.put(mongo, "minutebars", StoredBuckets.bucket("binance", "ETH-USDT", Interval.M1, MAR1, 2, day));
        // ... which the cache does not see by itself (closed bucket, long max-age) ...
        assertEquals(0, barAt(url, revisedAt).revision());
        // ... until the announcement arrives
        Bar seen = null;
        try (Connection c = rabbit(); Channel ch = c.createChannel()) {
            ch.exchangeDeclare(Messaging.STORED_EXCHANGE, "topic", true);
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < deadline) {
                ch.basicPublish(Messaging.STORED_EXCHANGE, revised.routingKey(), null, Json.writeBars(List.of(revised)));
                Thread.sleep(200);
                seen = barAt(url, revisedAt);
                if (seen.revision() == 1) {
                    break;
                }
            }
        }
        assertEquals(revised, seen);
    }

    @Test
    void aMalformedAnnouncementIsCountedAndDropped() throws Exception {
        double before = malformedCount();
        try (Connection c = rabbit(); Channel ch = c.createChannel()) {
            ch.exchangeDeclare(Messaging.STORED_EXCHANGE, "topic", true);
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < deadline && malformedCount() <= before) {
                ch.basicPublish(Messaging.STORED_EXCHANGE, "1m.binance.BTC-USDT", null,
                        "{not json".getBytes(StandardCharsets.UTF_8));
                Thread.sleep(200);
            }
        }
        assertTrue(malformedCount() > before);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/bars?exchange=kraken&symbol=BTC-USDT                                  | 404 | exchange  | 'kraken'
            /api/v1/bars?exchange=binance&symbol=DOGE-EUR                                 | 404 | symbol    | 'DOGE-EUR'
            /api/v1/bars?exchange=binance&symbol=BTC-USDT&interval=4h                     | 404 | interval  | no 4h bars
            /api/v1/bars?exchange=binance&symbol=BTCUSDT                                  | 400 | symbol    | BASE-QUOTE
            /api/v1/bars?symbol=BTC-USDT                                                  | 400 | exchange  | required
            /api/v1/bars?exchange=Bin@nce&symbol=BTC-USDT                                 | 400 | exchange  | malformed
            /api/v1/bars?exchange=binance&symbol=BTC-USDT&start=2024-01-02&end=2024-01-01 | 400 | start     | before end
            /api/v1/bars?exchange=binance&symbol=BTC-USDT&start=2024-01-01&end=2024-01-01 | 400 | start     | before end
            /api/v1/bars?exchange=binance&symbol=BTC-USDT&start=yesterday                 | 400 | start     | 'yesterday'
            /api/v1/bars?exchange=binance&symbol=BTC-USDT&end=2024-01-01T25:00:00Z        | 400 | end       | not a time
            /api/v1/bars?exchange=binance&symbol=BTC-USDT&limit=0                         | 400 | limit     | 1..10000
            /api/v1/bars?exchange=binance&symbol=BTC-USDT&limit=10001                     | 400 | limit     | 1..10000
            /api/v1/bars?exchange=binance&symbol=BTC-USDT&limit=many                      | 400 | limit     | not an integer
            /api/v1/bars?exchange=binance&symbol=BTC-USDT&interval=2m                     | 400 | interval  | 1m, 5m
            /api/v1/bars?cursor=bm9wZQ                                                    | 400 | cursor    | not valid
            /api/v1/bars?cursor=%%%                                                       | 400 | cursor    | not valid
            /api/v1/bars?exchange=binance&symbol=BTC-USDT&start=2024-01-01&end=2024-03-01 | 400 | end       | 31 days
            /api/v1/bars/latest?exchange=binance&symbol=XRP-USDT                          | 404 | symbol    | 'XRP-USDT'
            /api/v1/bars/latest?exchange=binance&symbol=btc_usdt                          | 400 | symbol    | BASE-QUOTE
            /api/v1/markets?exchange=kraken                                               | 404 | exchange  | 'kraken'
            /api/v1/markets?exchange=BAD!                                                 | 400 | exchange  | malformed
            """)
    void badInputIsAProblem(String path, int status, String parameter, String detail) {
        Response r = given().urlEncodingEnabled(false).get(path.replace("%%%", "%25%25%25"));
        r.then().statusCode(status).contentType(Problem.MEDIA)
                .body("status", equalTo(status))
                .body("parameter", equalTo(parameter))
                .body("detail", containsString(detail))
                .body("type", startsWith("https://minutebars.io/problems/"))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("instance", startsWith(path.substring(0, path.indexOf('?'))));
    }

    @Test
    void failuresQuarkusRaisesItselfAreProblemsToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType(Problem.MEDIA)
                .body("status", equalTo(404));
        given().post("/api/v1/bars").then().statusCode(405).contentType(Problem.MEDIA)
                .body("status", equalTo(405)).body("detail", containsString("POST"));
        given().accept("application/xml").queryParam("exchange", "binance").queryParam("symbol", "BTC-USDT")
                .get("/api/v1/bars").then().statusCode(406).contentType(Problem.MEDIA);
    }

    private static double malformedCount() {
        String metrics = given().get("/q/metrics").asString();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("query_stored_messages_total") && line.contains("outcome=\"malformed\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    private static Bar barAt(String url, long openTime) throws Exception {
        Response r = given().get(url);
        r.then().statusCode(200);
        return bars(json(r)).stream().filter(b -> b.openTime().toEpochMilli() == openTime).findFirst().orElseThrow();
    }

    private static Connection rabbit() throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        f.setPort(5672);
        f.setUsername("guest");
        f.setPassword("guest");
        return f.newConnection("query-api-test");
    }

    /** Content type of problems. */
    static final class Problem {
        static final String MEDIA = "application/problem+json";
    }
}
