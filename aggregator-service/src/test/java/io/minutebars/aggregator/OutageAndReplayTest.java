package io.minutebars.aggregator;

import static io.minutebars.service.testing.OperatorAccess.asOperator;
import static io.minutebars.service.testing.OperatorAccess.assertOperatorOnly;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.mongodb.client.MongoClient;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.minutebars.aggregator.repository.BarRepository;
import io.minutebars.model.Json;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Store outages, redelivery after a crash, and replaying the dead-letter queue. */
@QuarkusTest
@QuarkusTestResource(AggregatorTestResource.class)
class OutageAndReplayTest {
    static final long DAY = 1_709_337_600_000L + 10 * 86_400_000L;
    static Connection connection;
    static Channel channel;

    @Inject MongoClient mongo;
    @Inject BarRepository repository;

    @BeforeAll
    static void connect() throws Exception {
        connection = new ConnectionFactory().newConnection();
        channel = connection.createChannel();
        channel.exchangeDeclare(AggregatorTestResource.BARS_EXCHANGE, "topic", true);
        channel.exchangeDeclare(AggregatorTestResource.STORED_EXCHANGE, "topic", true);
        AggregatorTestResource.ensureDeadLetterQueues(channel);
    }

    @AfterAll
    static void close() throws Exception {
        channel.queueDelete(AggregatorTestResource.BARS_DLQ);
        channel.queueDelete(AggregatorTestResource.EVENTS_DLQ);
        connection.close();
    }

    static void publish(String exchange, String key, byte[] body, Map<String, Object> headers) throws Exception {
        channel.basicPublish(exchange, key, new AMQP.BasicProperties.Builder().deliveryMode(2).headers(headers)
                .contentType("application/json").build(), body);
    }

    static <T> T eventually(String what, int seconds, Supplier<T> probe) throws InterruptedException {
        for (int i = 0; i < seconds * 10; i++) {
            T v = probe.get();
            if (v != null) {
                return v;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    Document bucket(String symbol) {
        return mongo.getDatabase("minutebars").getCollection("bars").find(new Document("exchange", "testex")
                .append("symbol", symbol).append("interval", "1m").append("bucketStart", DAY)).first();
    }

    static GetResponse dlq() {
        try {
            return channel.basicGet(AggregatorTestResource.BARS_DLQ, true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStoreOutageParksNothingTakesReadinessDownAndHealsByItself() throws Exception {
        while (dlq() != null) {
            // leftovers of other tests
        }
        AggregatorTestResource.stopStore();
        try {
            publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.ADA-USDT",
                    Json.writeBars(List.of(AggregatorServiceTest.bar("ADA-USDT", DAY, "0.5", 0))), null);
            eventually("readiness down", 30, () -> given().get("/q/health/ready").statusCode() == 503 ? true : null);
            Thread.sleep(3_000); // several attempts fail meanwhile
            assertNull(dlq(), "a store outage dead-letters nothing");
        } finally {
            AggregatorTestResource.startStore();
        }
        Document stored = eventually("the bar stored once the store is back", 60, () -> bucket("ADA-USDT"));
        assertEquals("0.5", stored.getList("bars", Document.class).get(0).getString("close"));
        eventually("readiness up", 30, () -> given().get("/q/health/ready").statusCode() == 200 ? true : null);
    }

    @Test
    void aBatchRedeliveredAfterACrashStillUpdatesTheMarketAndIsAnnounced() throws Exception {
        var bar = AggregatorServiceTest.bar("DOT-USDT", DAY + 60_000, "7", 0);
        repository.store(List.of(bar)); // the bucket write happened...
        var markets = mongo.getDatabase("minutebars").getCollection("markets");
        markets.deleteOne(new Document("exchange", "testex").append("symbol", "DOT-USDT").append("interval", "1m"));
        String announcements = channel.queueDeclare().getQueue(); // ...then the crash, before the rest
        channel.queueBind(announcements, AggregatorTestResource.STORED_EXCHANGE, "1m.testex.DOT-USDT");
        publish(AggregatorTestResource.BARS_EXCHANGE, "1m.testex.DOT-USDT", Json.writeBars(List.of(bar)), null);
        Document market = eventually("market record", 20, () -> markets.find(new Document("exchange", "testex")
                .append("symbol", "DOT-USDT").append("interval", "1m")).first());
        assertEquals(DAY + 60_000, ((Number) market.get("lastOpenTime")).longValue());
        GetResponse announced = eventually("announcement", 20, () -> {
            try {
                return channel.basicGet(announcements, true);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of(bar), Json.readBars(announced.getBody()));
    }

    @Test
    void deadLettersGoBackToTheirExchangeWithOneOperatorRequest() throws Exception {
        while (dlq() != null) {
            // leftovers of other tests
        }
        assertOperatorOnly("GET", "/api/v1/dead-letters", null, null).then().statusCode(200);
        // a bar parked while something was wrong, with its original routing key (as DeadLetters writes it)
        byte[] body = Json.writeBars(List.of(AggregatorServiceTest.bar("LTC-USDT", DAY + 120_000, "80", 0)));
        publish("", AggregatorTestResource.BARS_DLQ, body, Map.of("x-original-routing-key", "1m.testex.LTC-USDT",
                "x-failure-reason", "write failed: the store was down"));
        eventually("parked", 10, () -> asOperator().get("/api/v1/dead-letters").jsonPath().getInt("[0].messages") > 0
                ? true : null);
        asOperator().get("/api/v1/dead-letters").then().body("[0].reasons[0]", equalTo("write failed: the store was down"));
        assertOperatorOnly("POST", "/api/v1/dead-letters/replay?queue=bars", null, null).then().statusCode(200)
                .body("replayed", equalTo(1));
        assertNotNull(eventually("replayed bar stored", 20, () -> bucket("LTC-USDT")));
        asOperator().post("/api/v1/dead-letters/replay?queue=nope").then().statusCode(400);
    }
}
