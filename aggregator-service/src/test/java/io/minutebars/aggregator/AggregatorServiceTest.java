package io.minutebars.aggregator;

import static io.minutebars.service.testing.OperatorAccess.asOperator;
import static io.minutebars.service.testing.OperatorAccess.assertOperatorOnly;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import io.minutebars.model.Json;
import io.minutebars.model.Messaging;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(AggregatorTestResource.class)
class AggregatorServiceTest {
    static final long DAY_END = 1_709_337_600_000L; // 2024-03-02T00:00:00Z
    static Connection connection;
    static Channel channel;

    @Inject MongoClient mongo;

    @BeforeAll
    static void connect() throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        connection = f.newConnection();
        channel = connection.createChannel();
        channel.exchangeDeclare(AggregatorTestResource.BARS_EXCHANGE, "topic", true);
        channel.exchangeDeclare(AggregatorTestResource.EVENTS_EXCHANGE, "topic", true);
        channel.exchangeDeclare(AggregatorTestResource.STORED_EXCHANGE, "topic", true);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        connection.close(); // the dead-letter queues go with the test resource: other classes share this boot
    }

    static Bar bar(String symbol, long t, String close, int revision) {
        BigDecimal c = new BigDecimal(close);
        return new Bar("testex", symbol, symbol.replace("-", ""), "1m", Instant.ofEpochMilli(t), null, c, c, c, c,
                BigDecimal.ONE, c, 1L, c, BigDecimal.ONE, c, BigDecimal.ZERO, BigDecimal.ZERO, "7", "7",
                BarStatus.COMPLETE, revision, BarSource.LIVE);
    }

    static void publish(String exchange, String key, byte[] body) throws Exception {
        channel.basicPublish(exchange, key, new AMQP.BasicProperties.Builder().deliveryMode(2)
                .contentType("application/json").build(), body);
    }

    static <T> T eventually(String what, Supplier<T> probe) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            T v = probe.get();
            if (v != null) {
                return v;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    Document bucket(String symbol, long bucketStart) {
        return mongo.getDatabase("minutebars").getCollection("bars").find(new Document("exchange", "testex")
                .append("symbol", symbol).append("interval", "1m").append("bucketStart", bucketStart)).first();
    }

    @Test
    void aBatchSpanningTwoDaysLandsInTwoBucketsAndIsAnnounced() throws Exception {
        String announcements = channel.queueDeclare().getQueue();
        channel.queueBind(announcements, AggregatorTestResource.STORED_EXCHANGE, "1m.testex.#");
        List<Bar> batch = List.of(bar("BTC-USDT", DAY_END - 60_000, "10", 0), bar("BTC-USDT", DAY_END, "11", 0),
                bar("BTC-USDT", DAY_END + 60_000, "12", 0));
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.BTC-USDT", Json.writeBars(batch));

        Document today = eventually("second bucket", () -> {
            Document d = bucket("BTC-USDT", DAY_END);
            return d != null && d.getList("bars", Document.class).size() == 2 ? d : null;
        });
        assertEquals(1L, ((Number) today.get("version")).longValue());
        Document yesterday = bucket("BTC-USDT", DAY_END - 86_400_000L);
        assertEquals("10", yesterday.getList("bars", Document.class).get(0).getString("close"));
        Document market = eventually("market doc", () -> mongo.getDatabase("minutebars").getCollection("markets")
                .find(new Document("exchange", "testex").append("symbol", "BTC-USDT")).first());
        assertEquals(DAY_END - 60_000, ((Number) market.get("firstOpenTime")).longValue());
        assertEquals(DAY_END + 60_000, ((Number) market.get("lastOpenTime")).longValue());

        int announced = 0;
        for (int i = 0; i < 50 && announced < 3; i++) {
            GetResponse r = channel.basicGet(announcements, true);
            if (r == null) {
                Thread.sleep(100);
            } else {
                announced += Json.readBars(r.getBody()).size();
            }
        }
        assertEquals(3, announced, "every changed bar announced on market.stored");
    }

    @Test
    void higherRevisionsWinLowerAndDuplicateOnesAreIgnored() throws Exception {
        long t = DAY_END + 3_600_000L;
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.ETH-USDT", Json.writeBars(List.of(bar("ETH-USDT", t, "5", 1))));
        eventually("rev 1", () -> bucket("ETH-USDT", DAY_END));
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.ETH-USDT", Json.writeBars(List.of(bar("ETH-USDT", t, "6", 0))));
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.ETH-USDT", Json.writeBars(List.of(bar("ETH-USDT", t, "7", 1))));
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.ETH-USDT", Json.writeBars(List.of(bar("ETH-USDT", t, "8", 2))));
        Document d = eventually("rev 2", () -> {
            Document b = bucket("ETH-USDT", DAY_END);
            return b != null && ((Number) b.get("version")).longValue() == 2 ? b : null;
        });
        Document stored = d.getList("bars", Document.class).get(0);
        assertEquals("8", stored.getString("close"));
        assertEquals(2, ((Number) stored.get("revision")).intValue());
    }

    @Test
    void malformedAndInvalidMessagesAreDeadLetteredWithTheirReason() throws Exception {
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.BTC-USDT", "{not json".getBytes(StandardCharsets.UTF_8));
        Bar lowAboveHigh = new Bar("testex", "BTC-USDT", "BTCUSDT", "1m", Instant.ofEpochMilli(DAY_END), null,
                BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, 1L,
                null, null, null, null, null, null, null, BarStatus.COMPLETE, 9, BarSource.LIVE);
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.BTC-USDT", Json.writeBars(List.of(lowAboveHigh)));
        GetResponse first = eventually("dead letter", () -> get(AggregatorTestResource.BARS_DLQ));
        GetResponse second = eventually("dead letter", () -> get(AggregatorTestResource.BARS_DLQ));
        String r1 = first.getProps().getHeaders().get(Messaging.FAILURE_REASON_HEADER).toString();
        String r2 = second.getProps().getHeaders().get(Messaging.FAILURE_REASON_HEADER).toString();
        assertTrue(r1.startsWith("invalid: malformed bar message"), r1);
        assertEquals("invalid: high below low", r2);
        assertEquals("{not json", new String(first.getBody(), StandardCharsets.UTF_8), "the original body is kept");
        assertEquals("1m.testex.BTC-USDT", first.getProps().getHeaders().get("x-original-routing-key").toString());
    }

    @Test
    void poisonMessagesAreDeadLetteredOnFirstDeliveryAndTheConsumerGoesOn() throws Exception {
        String good = new String(Json.writeBars(List.of(bar("SOL-USDT", DAY_END + 7_200_000L, "3", 0))),
                StandardCharsets.UTF_8);
        java.util.Map<String, String> poison = new java.util.LinkedHashMap<>();
        poison.put("huge exponent", good.replace("\"close\":\"3\"", "\"close\":1e999999999"));
        poison.put("huge exponent text", good.replace("\"close\":\"3\"", "\"close\":\"9e-999999999\""));
        poison.put("far year", good.replaceFirst("\"openTime\":\"[^\"]+\"", "\"openTime\":\"+1000000000-01-01T00:00:00Z\""));
        poison.put("no status", good.replace("\"status\":\"COMPLETE\"", "\"status\":null"));
        poison.put("deep nesting", "[".repeat(5000) + "]".repeat(5000));
        poison.put("negative volume", good.replace("\"volume\":\"1\"", "\"volume\":\"-1\""));
        for (String body : poison.values()) {
            publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.SOL-USDT", body.getBytes(StandardCharsets.UTF_8));
        }
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.SOL-USDT", good.getBytes(StandardCharsets.UTF_8));
        eventually("the good bar after the poison", () -> bucket("SOL-USDT", DAY_END));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < poison.size(); i++) {
            GetResponse r = eventually("dead letter " + i, () -> get(AggregatorTestResource.BARS_DLQ));
            String body = new String(r.getBody(), StandardCharsets.UTF_8);
            if (!poison.containsValue(body)) {
                i--; // another test's dead letter
                continue;
            }
            Object reason = r.getProps().getHeaders().get(Messaging.FAILURE_REASON_HEADER);
            assertNotNull(reason, "dead-lettered by the consumer with a reason, not by the broker");
            assertTrue(reason.toString().startsWith("invalid: "), reason.toString());
            assertTrue(r.getProps().getHeaders().get("x-death") == null, "first delivery: " + r.getProps().getHeaders());
            seen.add(body);
        }
        assertEquals(poison.size(), seen.size(), "each poison message once");
    }

    static GetResponse get(String queue) {
        try {
            return channel.basicGet(queue, true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void instrumentsAndIngestErrorsLandInTheLedger() throws Exception {
        Instrument i = new Instrument("testex", "BTC-USDT", "BTCUSDT", "BTC", "USDT", "SPOT", "TRADING", true,
                new BigDecimal("0.01"), new BigDecimal("0.00001"), Instant.parse("2024-03-01T00:00:00Z"));
        Instrument misfit = new Instrument("testex", "ETH-USDT", "ETHUSDT", "ETH", "USDT", "SPOT", "S".repeat(100), true,
                new BigDecimal("1e30"), null, Instant.parse("2024-03-01T00:00:00Z"));
        // an entry the ledger's columns cannot hold is left out; the rest of the catalog still lands
        publish(AggregatorTestResource.EVENTS_EXCHANGE, "instrument.testex",
                Json.write(List.of(misfit, i)).getBytes(StandardCharsets.UTF_8));
        publish(AggregatorTestResource.EVENTS_EXCHANGE, "error.testex", Json.write(new IngestError("testex", "BTCUSDT",
                IngestError.Kind.RATE_LIMIT, "HTTP 429 code -1003", null, Instant.parse("2024-03-01T00:01:00Z")))
                .getBytes(StandardCharsets.UTF_8));
        publish(AggregatorTestResource.EVENTS_EXCHANGE, "error.testex", "[]".getBytes(StandardCharsets.UTF_8));
        eventually("instrument row", () -> asOperator().get("/api/v1/ledger/instruments?exchange=testex").path("[0].symbol"));
        asOperator().get("/api/v1/ledger/instruments?exchange=testex").then().body("size()", equalTo(1))
                .body("[0].nativeSymbol", equalTo("BTCUSDT"))
                .body("[0].trading", equalTo(true));
        eventually("error row", () -> asOperator().get("/api/v1/ledger/errors?exchange=testex").path("[0].kind"));
        asOperator().get("/api/v1/ledger/errors?exchange=testex").then().body("[0].kind", equalTo("RATE_LIMIT"));
        assertNotNull(eventually("malformed event dead-lettered", () -> get(AggregatorTestResource.EVENTS_DLQ)));
    }

    @Test
    void minutesRollUpAndARevisedMinuteRevisesItsRollups() throws Exception {
        long hour = DAY_END + 5 * 3_600_000L;
        List<Bar> minutes = new java.util.ArrayList<>();
        for (int m = 0; m < 60; m++) {
            minutes.add(bar("SOL-USDT", hour + m * 60_000L, Integer.toString(100 + m), 0));
        }
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.SOL-USDT", Json.writeBars(minutes));
        Document h1 = eventually("1h rollup", () -> mongo.getDatabase("minutebars").getCollection("bars")
                .find(new Document("exchange", "testex").append("symbol", "SOL-USDT").append("interval", "1h")
                        .append("bucketStart", DAY_END)).first());
        Document rolled = h1.getList("bars", Document.class).get(0);
        assertEquals("60", rolled.getString("volume"));
        assertEquals("100", rolled.getString("open"));
        assertEquals("159", rolled.getString("close"));
        assertEquals(60L, ((Number) rolled.get("trades")).longValue());
        assertEquals("COMPLETE", rolled.getString("status"));
        assertEquals("DERIVED", rolled.getString("source"));
        Document m5 = mongo.getDatabase("minutebars").getCollection("bars").find(new Document("exchange", "testex")
                .append("symbol", "SOL-USDT").append("interval", "5m").append("bucketStart", DAY_END)).first();
        assertEquals(12, m5.getList("bars", Document.class).size());

        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.SOL-USDT",
                Json.writeBars(List.of(bar("SOL-USDT", hour + 30 * 60_000L, "500", 1))));
        Document revised = eventually("revised 1h rollup", () -> {
            Document d = mongo.getDatabase("minutebars").getCollection("bars").find(new Document("exchange", "testex")
                    .append("symbol", "SOL-USDT").append("interval", "1h").append("bucketStart", DAY_END)).first();
            Document b = d.getList("bars", Document.class).get(0);
            return ((Number) b.get("revision")).intValue() == 1 ? b : null;
        });
        assertEquals("500", revised.getString("high"));
        Document d1 = mongo.getDatabase("minutebars").getCollection("bars").find(new Document("exchange", "testex")
                .append("symbol", "SOL-USDT").append("interval", "1d").append("bucketStart", 1_704_067_200_000L)).first();
        assertEquals(null, d1, "the day is not over: no 1d rollup yet");
    }

    @Inject io.minutebars.aggregator.repository.RetentionJob retention;

    @Test
    void retentionRemovesWholeBucketsPastTheirAge() {
        var bars = mongo.getDatabase("minutebars").getCollection("bars");
        // cutoff = now - 400 days = DAY_END - 150 days: only this test's old bucket lies before it
        long now = DAY_END + 250L * 86_400_000L;
        long old1m = DAY_END - 200L * 86_400_000L;   // 450 days old: past the 400-day default
        long kept1m = DAY_END + 249L * 86_400_000L;  // yesterday
        long h1 = old1m;                             // 1h rollups are kept ten years
        for (var d : List.of(new Document("interval", "1m").append("bucketStart", old1m),
                new Document("interval", "1m").append("bucketStart", kept1m),
                new Document("interval", "1h").append("bucketStart", h1))) {
            bars.insertOne(d.append("exchange", "retex").append("symbol", "BTC-USDT").append("version", 1L)
                    .append("bars", List.of()));
        }
        var removed = retention.purge(now);
        assertTrue(removed.get(io.minutebars.model.Interval.M1) >= 1);
        assertEquals(List.of(kept1m), bars.find(new Document("exchange", "retex").append("interval", "1m"))
                .map(d -> ((Number) d.get("bucketStart")).longValue()).into(new java.util.ArrayList<>()));
        assertEquals(1, bars.countDocuments(new Document("exchange", "retex").append("interval", "1h")));
    }

    @Test
    void theLedgerNeedsTheOperatorKey() {
        assertOperatorOnly("GET", "/api/v1/ledger/errors", null, null).then().statusCode(200);
        assertOperatorOnly("GET", "/api/v1/ledger/instruments", null, null).then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(404);
    }

    @Test
    void operatorApiAndHealth() {
        asOperator().get("/api/v1/ledger/errors?limit=0").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("limit must be within"));
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("aggregator_bars"));
    }
}
