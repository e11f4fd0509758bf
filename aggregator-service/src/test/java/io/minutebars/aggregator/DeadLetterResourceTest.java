package io.minutebars.aggregator;

import static io.minutebars.aggregator.Broker.bar;
import static io.minutebars.aggregator.Broker.count;
import static io.minutebars.aggregator.Broker.eventually;
import static io.minutebars.service.testing.OperatorAccess.asOperator;
import static io.minutebars.service.testing.OperatorAccess.assertOperatorOnly;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.IngestError;
import io.minutebars.model.Json;
import io.minutebars.model.Interval;
import io.minutebars.model.Messaging;
import io.minutebars.store.testing.StoredBuckets;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/dead-letters and POST /api/v1/dead-letters/replay. */
@QuarkusTest
@QuarkusTestResource(AggregatorTestResource.class)
class DeadLetterResourceTest {
    static final long DAY = 1_709_337_600_000L; // 2024-03-02T00:00:00Z
    static final String BARS_DLQ = AggregatorTestResource.BARS_DLQ;
    static final String EVENTS_DLQ = AggregatorTestResource.EVENTS_DLQ;

    @Inject MongoClient mongo;

    /** Other classes share these queues and read them in order: none of this class's messages may stay. */
    @BeforeEach
    @AfterEach
    void emptyTheQueues() {
        Broker.drain(BARS_DLQ);
        Broker.drain(EVENTS_DLQ);
    }

    /** A message as the consumer dead-letters it: straight into the queue, with its reason and original key. */
    static void deadLetter(String queue, String originalKey, String reason, byte[] body) throws Exception {
        Map<String, Object> headers = new java.util.HashMap<>();
        headers.put(Messaging.FAILURE_REASON_HEADER, reason);
        if (originalKey != null) {
            headers.put("x-original-routing-key", originalKey);
        }
        Broker.publish("", queue, body, headers);
    }

    static byte[] bars(Bar... bars) {
        return Json.writeBars(List.of(bars));
    }

    long stored(String symbol) {
        return StoredBuckets.bars(StoredBuckets.find(mongo, "minutebars", "dlqex", symbol, Interval.M1, DAY)).size();
    }

    @Test
    void listsTheQueuesAndReplaysThemBackToTheirOriginalKeys() throws Exception {
        deadLetter(BARS_DLQ, "1m.dlqex.XRP-USDT", "write failed: first", bars(bar("dlqex", "XRP-USDT", DAY, "1", 0,
                BarSource.LIVE)));
        deadLetter(BARS_DLQ, "1m.dlqex.XRP-USDT", "write failed: second", bars(bar("dlqex", "XRP-USDT", DAY + 60_000,
                "2", 0, BarSource.LIVE)));
        deadLetter(EVENTS_DLQ, "error.dlqex", "JDBCConnectionException: refused", Json.write(new IngestError("dlqex",
                "XRPUSDT", IngestError.Kind.DECODE, "replayed", null, Instant.parse("2024-03-02T00:00:00Z")))
                .getBytes(StandardCharsets.UTF_8));
        eventually("dead letters queued", () -> count(BARS_DLQ) == 2 && count(EVENTS_DLQ) == 1);

        JsonPath listing = asOperator().get("/api/v1/dead-letters").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("bars", "events"), listing.getList("queues.name"));
        assertEquals(BARS_DLQ, listing.getString("queues[0].queue"));
        assertEquals(2, listing.getInt("queues[0].messages"));
        assertEquals(List.of("write failed: first", "write failed: second"), listing.getList("queues[0].reasons"));
        assertEquals(List.of("JDBCConnectionException: refused"), listing.getList("queues[1].reasons"));
        eventually("peeking leaves them in place", () -> count(BARS_DLQ) == 2);

        asOperator().post("/api/v1/dead-letters/replay?queue=bars&limit=1").then().statusCode(200)
                .body("replayed", equalTo(1)).body("queues[0].name", equalTo("bars"))
                .body("queues[0].skipped", equalTo(0));
        eventually("the first bar stored", () -> stored("XRP-USDT") == 1);
        assertEquals(1, count(BARS_DLQ), "the second one is still parked");

        asOperator().post("/api/v1/dead-letters/replay").then().statusCode(200).body("replayed", equalTo(2))
                .body("queues.replayed", equalTo(List.of(1, 1)));
        eventually("both bars stored", () -> stored("XRP-USDT") == 2);
        eventually("the event in the ledger", () -> asOperator().get("/api/v1/ledger/errors?exchange=dlqex")
                .jsonPath().getList("message").contains("replayed"));
        assertEquals(0, count(BARS_DLQ));
        assertEquals(0, count(EVENTS_DLQ));
    }

    @Test
    void aDeadLetterWithNowhereToGoStaysInItsQueue() throws Exception {
        byte[] body = bars(bar("dlqex", "LTC-USDT", DAY, "1", 0, BarSource.LIVE));
        deadLetter(BARS_DLQ, "zz.no.queue.binds.this", "write failed: unroutable", body);
        deadLetter(BARS_DLQ, null, "write failed: no key", body);
        eventually("dead letters queued", () -> count(BARS_DLQ) == 2);
        asOperator().post("/api/v1/dead-letters/replay?queue=bars").then().statusCode(200)
                .body("replayed", equalTo(0)).body("queues[0].skipped", equalTo(2));
        eventually("both back in the queue", () -> count(BARS_DLQ) == 2);
        assertEquals(0, stored("LTC-USDT"));
    }

    @Test
    void onlyOperatorsSeeOrReplayDeadLetters() {
        assertOperatorOnly("GET", "/api/v1/dead-letters", null, null).then().statusCode(200);
        assertOperatorOnly("POST", "/api/v1/dead-letters/replay?queue=nope", null, null).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("queue must be one of"));
        asOperator().post("/api/v1/dead-letters/replay?limit=0").then().statusCode(400)
                .body("detail", containsString("limit must be within 1..10000"));
    }
}
