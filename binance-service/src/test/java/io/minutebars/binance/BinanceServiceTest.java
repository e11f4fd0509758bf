package io.minutebars.binance;

import static io.minutebars.service.testing.OperatorAccess.asOperator;
import static io.minutebars.service.testing.OperatorAccess.assertExchangeOperatorEndpoints;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.minutebars.binance.capability.BinanceCatalog;
import io.minutebars.binance.capability.BinanceKlines;
import io.minutebars.binance.capability.BinanceTrades;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.core.runtime.ExchangeRuntime;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Instrument;
import io.minutebars.model.Json;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FixtureExchangeResource.class)
class BinanceServiceTest {

    @Inject BinanceCatalog catalog;
    @Inject BinanceTrades trades;
    @Inject BinanceKlines klines;
    @Inject ExchangeRuntime runtime;

    @Test
    void catalogAndTradesComeThroughTheRestClient() {
        List<Instrument> instruments = catalog.instruments();
        assertEquals(6, instruments.size());
        List<Trade> page = trades.tradesFromSeq("BTCUSDT", 966492862L, 1000);
        assertEquals(10, page.size());
        assertTrue(FixtureExchangeResource.QUERIES.contains("/api/v3/aggTrades?symbol=BTCUSDT&fromId=966492862&limit=1000"),
                FixtureExchangeResource.QUERIES.toString());
        trades.tradesFromTime("BTCUSDT", 1634944080000L, 500);
        assertTrue(FixtureExchangeResource.QUERIES.contains("/api/v3/aggTrades?symbol=BTCUSDT&startTime=1634944080000&limit=500"));
        assertEquals(1634944350000L, catalog.serverTime());
    }

    @Test
    void klinesComeBackAsFilledBarsWithoutTheOpenMinute() {
        var bars = klines.klines("BTCUSDT", "BTC-USDT", 1634943780000L, 1634944320000L);
        assertEquals(9, bars.size(), "the fixture's 10th minute is not closed at end");
        assertEquals(617L, bars.get(0).trades());
        assertTrue(FixtureExchangeResource.QUERIES.contains(
                "/api/v3/klines?symbol=BTCUSDT&interval=1m&startTime=1634943780000&endTime=1634944319999&limit=1000"),
                FixtureExchangeResource.QUERIES.toString());
    }

    @Test
    void errorBodiesBecomeExchangeErrors() {
        ExchangeHttpException e = assertThrows(ExchangeHttpException.class, () -> trades.tradesFromSeq("NOPE", 1, 10));
        assertEquals(400, e.status());
        assertEquals("-1121", e.code());
    }

    @Test
    void aRateLimitAnswerPausesAndIsRetried() throws Exception {
        FixtureExchangeResource.RATE_LIMIT_NEXT.set(1);
        int before = FixtureExchangeResource.QUERIES.size();
        List<Trade> page = runtime.rest().call("test", "BTCUSDT", 4, () -> trades.tradesFromSeq("BTCUSDT", 1, 10));
        assertEquals(10, page.size());
        assertEquals(before + 2, FixtureExchangeResource.QUERIES.size(), "one 429, then the retry");
    }

    @Test
    void backfillPublishesConfirmedBatchesToRabbitMq() throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        try (Connection c = f.newConnection(); Channel ch = c.createChannel()) {
            ch.exchangeDeclare("market.bars.test", "topic", true);
            String q = ch.queueDeclare().getQueue(); // exclusive, auto-delete
            ch.queueBind(q, "market.bars.test", "1m.binance.#");
            String id = asOperator().contentType("application/json")
                    .body("{\"symbol\":\"BTCUSDT\",\"start\":\"2021-10-22T23:07:00Z\",\"end\":\"2021-10-22T23:10:00Z\"}")
                    .post("/api/v1/backfill").then().statusCode(202).extract().path("id");
            for (int i = 0; i < 100 && !"DONE".equals(given().get("/api/v1/backfill/" + id).path("state")); i++) {
                Thread.sleep(100);
            }
            given().get("/api/v1/backfill/" + id).then().body("state", equalTo("DONE")).body("barsPublished", equalTo(3));
            GetResponse msg = null;
            for (int i = 0; i < 50 && msg == null; i++) {
                msg = ch.basicGet(q, true);
                Thread.sleep(msg == null ? 100 : 0);
            }
            assertNotNull(msg, "the batch reached the broker");
            assertEquals("1m.binance.BTC-USDT", msg.getEnvelope().getRoutingKey());
            assertEquals(2, msg.getProps().getDeliveryMode(), "persistent");
            List<Bar> bars = Json.readBars(msg.getBody());
            assertEquals(3, bars.size(), "one message, three minutes");
            assertEquals(BarStatus.EMPTY, bars.get(0).status());
            assertEquals(BarStatus.COMPLETE, bars.get(1).status());
            assertEquals(10L, bars.get(1).trades());
            assertEquals(BarStatus.EMPTY, bars.get(2).status());
            bars.forEach(b -> assertEquals(BarSource.BACKFILL, b.source()));
        }
    }

    @Test
    void operatorEndpointsNeedTheOperatorKey() {
        assertExchangeOperatorEndpoints();
    }

    @Test
    void badBackfillRequestsGetProblems() {
        asOperator().contentType("application/json")
                .body("{\"symbol\":\"BTCUSDT\",\"start\":\"2021-10-22T23:10:00Z\",\"end\":\"2021-10-22T23:07:00Z\"}")
                .post("/api/v1/backfill").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("start must be before end"));
        asOperator().contentType("application/json")
                .body("{\"symbol\":\"NOPE\",\"start\":\"2021-10-22T23:07:00Z\",\"end\":\"2021-10-22T23:10:00Z\"}")
                .post("/api/v1/backfill").then().statusCode(400).body("detail", containsString("unknown symbol NOPE"));
        asOperator().contentType("application/json").body("{\"symbol\":\"BTCUSDT\",\"start\":\"yesterday\"}")
                .post("/api/v1/backfill").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("invalid value for start"));
        asOperator().contentType("application/json")
                .body("{\"symbol\":\"BTCUSDT\",\"start\":\"2021-10-22T23:07:30Z\",\"end\":\"2021-10-22T23:10:00Z\"}")
                .post("/api/v1/backfill").then().statusCode(400).body("detail", containsString("whole minutes"));
        asOperator().contentType("application/json")
                .body("{\"symbol\":\"BTCUSDT\",\"start\":\"+1000000000-01-01T00:00:00Z\",\"end\":\"+1000000000-01-01T01:00:00Z\"}")
                .post("/api/v1/backfill").then().statusCode(400).body("detail", containsString("1970..9999"));
        asOperator().contentType("application/json")
                .body("{\"symbol\":\"" + "X".repeat(100_000) + "\",\"start\":\"2021-10-22T23:07:00Z\",\"end\":\"2021-10-22T23:10:00Z\"}")
                .post("/api/v1/backfill").then().statusCode(400).body("detail", containsString("longer than 64"));
        given().get("/api/v1/backfill/nope").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void operationsEndpoints() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/backfill"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("minutebars_bars_publish_pending"));
        given().get("/api/v1/streams").then().statusCode(200).body("started", equalTo(false));
    }
}
