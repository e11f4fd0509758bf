package io.minutebars.query.resource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import io.minutebars.model.Json;
import io.minutebars.query.stats.IndicatorParams;
import io.minutebars.query.stats.Indicators;
import io.minutebars.query.support.AggregatorPipeline;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bars sent through RabbitMQ to the real aggregator-service (a separate process), stored in MongoDB,
 * and their statistics read back through this API: equal to the math classes on the same bars, and
 * recomputed when a revised bar travels the same way.
 */
@QuarkusTest
@TestProfile(StatsPipelineTest.Pipeline.class)
class StatsPipelineTest {
    static final long T0 = 1704067200000L; // 2024-01-01T00:00:00Z
    static final int N = 40;
    static final String QUERY = "/api/v1/stats?exchange=pipe&symbol=BTC-USDT&interval=1m&rsiPeriod=5&rsiWarmup=5"
            + "&volWindow=5&returnPeriods=3&start=" + T0 + "&end=" + (T0 + N * 60_000L);

    public static class Pipeline implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(AggregatorPipeline.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true; // its own MongoDB-wire server, shared with the aggregator process
        }
    }

    static List<Bar> bars(int revisedMinute) {
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            BigDecimal c = new BigDecimal(42000 + 37 * i % 11 * (i % 2 == 0 ? 1 : -1) + (i == revisedMinute ? 25 : 0));
            out.add(new Bar("pipe", "BTC-USDT", "BTCUSDT", "1m", Instant.ofEpochMilli(T0 + i * 60_000L), null, c,
                    c.add(BigDecimal.TEN), c.subtract(BigDecimal.TEN), c, BigDecimal.ONE, c, 3L, c, null, null, null,
                    null, "1", "3", BarStatus.COMPLETE, i == revisedMinute ? 1 : 0, BarSource.LIVE));
        }
        return out;
    }

    static void send(List<Bar> bars) throws Exception {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost("127.0.0.1");
        try (Connection c = f.newConnection(); Channel ch = c.createChannel()) {
            ch.basicPublish(AggregatorPipeline.BARS_EXCHANGE, "1m.pipe.BTC-USDT", new AMQP.BasicProperties.Builder()
                    .deliveryMode(2).contentType("application/json").build(), Json.writeBars(bars));
        }
    }

    static JsonNode expected(List<Bar> bars) {
        IndicatorParams p = new IndicatorParams(5, 5, 5, 3, 525600.0, 1440);
        return Json.mapper().valueToTree(Indicators.compute(bars, Interval.M1, p));
    }

    /** The stats points once they equal {@code want} (the pipeline is asynchronous), else the last answer. */
    static JsonNode awaitPoints(JsonNode want) throws Exception {
        JsonNode got = null;
        for (int i = 0; i < 120; i++) {
            var r = given().urlEncodingEnabled(false).get(QUERY);
            if (r.statusCode() == 200) {
                got = Json.mapper().readTree(r.asByteArray()).get("points");
                if (want.equals(got)) {
                    return got;
                }
            }
            Thread.sleep(250);
        }
        return got;
    }

    @Test
    void barsThroughRabbitMqGiveTheReferenceStatisticsAndARevisionRecomputesThem() throws Exception {
        send(bars(-1));
        JsonNode first = awaitPoints(expected(bars(-1)));
        assertEquals(expected(bars(-1)), first, "stats of the bars stored by the aggregator");
        send(List.of(bars(20).get(20))); // a revision (revision 1) of minute 20
        JsonNode revised = awaitPoints(expected(bars(20)));
        assertEquals(expected(bars(20)), revised, "recomputed from the revised bar");
        for (int i = 0; i < N; i++) {
            boolean depends = i >= 20 && i <= 20 + 5 + 5; // RSI window p + W bars after the revised one
            if (!depends) {
                assertEquals(first.get(i), revised.get(i), "point " + i + " does not read minute 20");
            }
        }
        assertNotEquals(first.get(20), revised.get(20));
    }
}
