package io.minutebars.bitmex;

import static io.minutebars.service.testing.OperatorAccess.assertExchangeOperatorEndpoints;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.bitmex.capability.BitmexCatalog;
import io.minutebars.bitmex.capability.BitmexStream;
import io.minutebars.bitmex.capability.BitmexTrades;
import io.minutebars.core.capability.CapabilityRegistry;
import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.core.testing.AdapterAssertions;
import io.minutebars.core.testing.StandInResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(BitmexStandIn.class)
class BitmexServiceTest {
    @Inject BitmexCatalog catalog;
    @Inject BitmexTrades trades;
    @Inject BitmexStream stream;
    @Inject CapabilityRegistry caps;

    @Test
    void operatorEndpointsNeedTheOperatorKey() {
        assertExchangeOperatorEndpoints();
    }

    @Test
    void catalogClockAndTimePagedHistory() {
        assertEquals(List.of("BTC-USD", "ETH-USD"), catalog.instruments().stream().map(i -> i.symbol()).toList());
        assertEquals(1626993367388L, catalog.serverTime());
        assertInstanceOf(TradeHistory.ByTime.class, caps.trades().orElseThrow());
        assertEquals(7, trades.tradesFromTime("XBTUSD", 1483228800000L, 1000).size());
        assertTrue(StandInResource.requests(BitmexStandIn.class).contains(
                "/api/v1/trade?symbol=XBTUSD&startTime=2017-01-01T00:00:00Z&count=1000&reverse=false"),
                "startTime as ISO-8601, count capped at 1000: " + StandInResource.requests(BitmexStandIn.class));
    }

    @Test
    void aFullPageInsideOneMillisecondIsCompletedByOffset() {
        assertEquals(4, trades.tradesFromTime("SAMEMS", 1483228836806L, 4).size());
        assertTrue(StandInResource.requests(BitmexStandIn.class).stream().anyMatch(r -> r.contains("symbol=SAMEMS")
                && r.contains("startTime=2017-01-01T00:00:36.806Z&endTime=2017-01-01T00:00:36.806Z&start=4")),
                StandInResource.requests(BitmexStandIn.class).toString());
    }

    @Test
    void rateLimitAndErrorBodies() {
        AdapterAssertions.rateLimited(() -> trades.tradesFromTime("BUSY", 0, 10), Duration.ofSeconds(1));
        ExchangeHttpException bad = assertThrows(ExchangeHttpException.class,
                () -> trades.tradesFromTime("BAD", 0, 10));
        assertEquals(400, bad.status());
        assertFalse(bad.retryable());
        assertTrue(bad.getMessage().contains("Invalid API Key."), bad.getMessage());
    }

    @Test
    void subscriptionsAndTextHeartbeat() {
        List<String> subs = AdapterAssertions.subscriptions(stream, 45, "USD", 3);
        assertTrue(subs.get(0).contains("\"trade:M0USD\"") && subs.get(0).contains("\"op\":\"subscribe\""));
        assertEquals("ping", stream.heartbeatMessage().orElseThrow());
        assertEquals("wss://ws.bitmex.com/realtime", stream.streamUri("wss://ws.bitmex.com", List.of()).toString());
    }

    @Test
    void healthAndOpenApi() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
