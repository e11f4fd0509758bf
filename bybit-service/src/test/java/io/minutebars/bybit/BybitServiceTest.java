package io.minutebars.bybit;

import static io.minutebars.service.testing.OperatorAccess.assertExchangeOperatorEndpoints;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.bybit.capability.BybitCatalog;
import io.minutebars.bybit.capability.BybitKlines;
import io.minutebars.bybit.capability.BybitStream;
import io.minutebars.bybit.capability.BybitTrades;
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
@QuarkusTestResource(BybitStandIn.class)
class BybitServiceTest {
    @Inject BybitCatalog catalog;
    @Inject BybitTrades trades;
    @Inject BybitKlines klines;
    @Inject BybitStream stream;
    @Inject CapabilityRegistry caps;

    @Test
    void operatorEndpointsNeedTheOperatorKey() {
        assertExchangeOperatorEndpoints();
    }

    @Test
    void catalogRecentTradesAndKlinesThroughTheRestClient() {
        assertEquals("BTC-USDT", catalog.instruments().get(0).symbol());
        assertEquals(1, trades.recentTrades("BTCUSDT", 1000).size());
        assertTrue(StandInResource.requests(BybitStandIn.class).contains("/v5/market/recent-trade?category=spot&symbol=BTCUSDT&limit=60"),
                "spot recent-trade is capped at 60: " + StandInResource.requests(BybitStandIn.class));
        assertEquals(1, klines.klines("BTCUSDT", "BTC-USDT", 1709891640000L, 1709891760000L).size());
        assertEquals(1688639403423L, catalog.serverTime());
        assertInstanceOf(TradeHistory.RecentOnly.class, caps.trades().orElseThrow());
    }

    @Test
    void retCodeAndIpLimitFailures() {
        ExchangeHttpException unsupported = assertThrows(ExchangeHttpException.class,
                () -> trades.recentTrades("NOPE", 10));
        assertEquals("10001", unsupported.code());
        assertFalse(unsupported.retryable());
        // Bybit: wait 10 minutes after a 403
        AdapterAssertions.rateLimited(() -> trades.recentTrades("FORBIDDEN", 10), Duration.ofMinutes(10));
    }

    @Test
    void subscriptionsAndHeartbeatFollowBybitsRules() {
        // at most 10 topics per spot subscribe
        List<String> subs = AdapterAssertions.subscriptions(stream, 23, "USDT", 3);
        assertTrue(subs.get(0).contains("\"publicTrade.M0USDT\""));
        assertEquals("{\"op\":\"ping\"}", stream.heartbeatMessage().orElseThrow());
        assertEquals("wss://stream.bybit.com/v5/public/spot",
                stream.streamUri("wss://stream.bybit.com", List.of()).toString());
    }

    @Test
    void healthAndOpenApi() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
