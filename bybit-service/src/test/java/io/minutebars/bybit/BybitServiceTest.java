package io.minutebars.bybit;

import static io.minutebars.service.testing.OperatorAccess.assertExchangeOperatorEndpoints;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.bybit.adapter.BybitAdapter;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.core.stream.ExchangeAdapter;
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
    @Inject BybitAdapter adapter;

    @Test
    void operatorEndpointsNeedTheOperatorKey() {
        assertExchangeOperatorEndpoints();
    }

    @Test
    void catalogRecentTradesAndKlinesThroughTheRestClient() {
        assertEquals("BTC-USDT", adapter.instruments().get(0).symbol());
        assertEquals(1, adapter.recentTrades("BTCUSDT", 1000).size());
        assertTrue(StandInResource.requests(BybitStandIn.class).contains("/v5/market/recent-trade?category=spot&symbol=BTCUSDT&limit=60"),
                "spot recent-trade is capped at 60: " + StandInResource.requests(BybitStandIn.class));
        assertEquals(1, adapter.klines("BTCUSDT", "BTC-USDT", 1709891640000L, 1709891760000L).size());
        assertEquals(1688639403423L, adapter.serverTime());
        assertEquals(ExchangeAdapter.History.RECENT, adapter.history());
    }

    @Test
    void retCodeAndIpLimitFailures() {
        ExchangeHttpException unsupported = assertThrows(ExchangeHttpException.class,
                () -> adapter.recentTrades("NOPE", 10));
        assertEquals("10001", unsupported.code());
        assertFalse(unsupported.retryable());
        // Bybit: wait 10 minutes after a 403
        AdapterAssertions.rateLimited(() -> adapter.recentTrades("FORBIDDEN", 10), Duration.ofMinutes(10));
    }

    @Test
    void subscriptionsAndHeartbeatFollowBybitsRules() {
        // at most 10 topics per spot subscribe
        List<String> subs = AdapterAssertions.subscriptions(adapter, 23, "USDT", 3);
        assertTrue(subs.get(0).contains("\"publicTrade.M0USDT\""));
        assertEquals("{\"op\":\"ping\"}", adapter.heartbeatMessage().orElseThrow());
        assertEquals("wss://stream.bybit.com/v5/public/spot",
                adapter.streamUri("wss://stream.bybit.com", List.of()).toString());
    }

    @Test
    void healthAndOpenApi() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
