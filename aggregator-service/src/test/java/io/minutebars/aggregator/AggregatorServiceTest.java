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
import com.rabbitmq.client.GetResponse;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import io.minutebars.model.Json;
import io.minutebars.model.Interval;
import io.minutebars.model.Messaging;
import io.minutebars.store.MarketRecord;
import io.minutebars.store.MarketRepository;
import io.minutebars.store.testing.StoredBuckets;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(AggregatorTestResource.class)
class AggregatorServiceTest {
    static final long DAY_END = 1_709_337_600_000L; // 2024-03-02T00:00:00Z

    @Inject MongoClient mongo;
    @Inject MarketRepository markets;

    static Bar bar(String symbol, long t, String close, int revision) {
        return Broker.bar("testex", symbol, t, close, revision, BarSource.LIVE);
    }

    static void publish(String exchange, String key, byte[] body) throws Exception {
        Broker.publish(exchange, key, body, null);
    }

    static <T> T eventually(String what, Supplier<T> probe) throws InterruptedException {
        return Broker.eventually(what, 100, probe);
    }

    Document bucket(String symbol, long bucketStart) {
        return bucket(symbol, Interval.M1, bucketStart);
    }

    Document bucket(String symbol, Interval interval, long bucketStart) {
        return StoredBuckets.find(mongo, "minutebars", "testex", symbol, interval, bucketStart);
    }

    @Test
    void aBatchSpanningTwoDaysLandsInTwoBucketsAndIsAnnounced() throws Exception {
        String announcements = Broker.announcements("1m.testex.#");
        List<Bar> batch = List.of(bar("BTC-USDT", DAY_END - 60_000, "10", 0), bar("BTC-USDT", DAY_END, "11", 0),
                bar("BTC-USDT", DAY_END + 60_000, "12", 0));
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.BTC-USDT", Json.writeBars(batch));

        Document today = eventually("second bucket", () -> {
            Document d = bucket("BTC-USDT", DAY_END);
            return d != null && StoredBuckets.bars(d).size() == 2 ? d : null;
        });
        assertEquals(1L, StoredBuckets.version(today));
        Document yesterday = bucket("BTC-USDT", DAY_END - 86_400_000L);
        assertEquals(new BigDecimal("10"), StoredBuckets.bars(yesterday).get(0).close());
        MarketRecord market = eventually("market doc", () -> markets.find("testex", "BTC-USDT", "1m", 0).stream()
                .findFirst().orElse(null));
        assertEquals(DAY_END - 60_000, market.firstOpenTime());
        assertEquals(DAY_END + 60_000, market.lastOpenTime());

        int announced = 0;
        for (int i = 0; i < 50 && announced < 3; i++) {
            GetResponse r = Broker.get(announcements);
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
            return b != null && StoredBuckets.version(b) == 2 ? b : null;
        });
        Bar stored = StoredBuckets.bars(d).get(0);
        assertEquals(new BigDecimal("8"), stored.close());
        assertEquals(2, stored.revision());
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
        return Broker.get(queue);
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
        Document h1 = eventually("1h rollup", () -> bucket("SOL-USDT", Interval.H1, DAY_END));
        Bar rolled = StoredBuckets.bars(h1).get(0);
        assertEquals(new BigDecimal("60"), rolled.volume());
        assertEquals(new BigDecimal("100"), rolled.open());
        assertEquals(new BigDecimal("159"), rolled.close());
        assertEquals(60L, rolled.trades());
        assertEquals(BarStatus.COMPLETE, rolled.status());
        assertEquals(BarSource.DERIVED, rolled.source());
        Document m5 = bucket("SOL-USDT", Interval.M5, DAY_END);
        assertEquals(12, StoredBuckets.bars(m5).size());

        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.SOL-USDT",
                Json.writeBars(List.of(bar("SOL-USDT", hour + 30 * 60_000L, "500", 1))));
        Bar revised = eventually("revised 1h rollup", () -> {
            Bar b = StoredBuckets.bars(bucket("SOL-USDT", Interval.H1, DAY_END)).get(0);
            return b.revision() == 1 ? b : null;
        });
        assertEquals(new BigDecimal("500"), revised.high());
        Document d1 = bucket("SOL-USDT", Interval.D1, 1_704_067_200_000L);
        assertEquals(null, d1, "the day is not over: no 1d rollup yet");
    }

    @Inject io.minutebars.aggregator.repository.RetentionJob retention;

    @Test
    void retentionRemovesWholeBucketsPastTheirAge() {
        var bars = StoredBuckets.buckets(mongo, "minutebars");
        // cutoff = now - 400 days = DAY_END - 150 days: only this test's old bucket lies before it
        long now = DAY_END + 250L * 86_400_000L;
        long old1m = DAY_END - 200L * 86_400_000L;   // 450 days old: past the 400-day default
        long kept1m = DAY_END + 249L * 86_400_000L;  // yesterday
        long h1 = old1m;                             // 1h rollups are kept ten years
        bars.insertOne(StoredBuckets.bucket("retex", "BTC-USDT", Interval.M1, old1m, List.of()));
        bars.insertOne(StoredBuckets.bucket("retex", "BTC-USDT", Interval.M1, kept1m, List.of()));
        bars.insertOne(StoredBuckets.bucket("retex", "BTC-USDT", Interval.H1, h1, List.of()));
        var removed = retention.purge(now);
        assertTrue(removed.get(Interval.M1) >= 1);
        assertEquals(List.of(kept1m), StoredBuckets.bucketStarts(mongo, "minutebars", "retex", Interval.M1));
        assertEquals(1, StoredBuckets.bucketStarts(mongo, "minutebars", "retex", Interval.H1).size());
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
