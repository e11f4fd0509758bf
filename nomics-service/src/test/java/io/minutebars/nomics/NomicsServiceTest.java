package io.minutebars.nomics;

import static io.minutebars.service.testing.OperatorAccess.asOperator;
import static io.minutebars.service.testing.OperatorAccess.assertOperatorOnly;
import static io.minutebars.service.testing.OperatorAccess.assertExchangeOperatorEndpoints;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.core.capability.CapabilityRegistry;
import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.testing.AdapterAssertions;
import io.minutebars.model.BarStatus;
import io.minutebars.nomics.capability.NomicsCandles;
import io.minutebars.nomics.capability.NomicsCatalog;
import io.minutebars.nomics.capability.NomicsTrades;
import io.minutebars.core.testing.StandInResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NomicsStandIn.class)
class NomicsServiceTest {
    private static final long NOON = Instant.parse("2024-03-01T12:00:00Z").toEpochMilli();

    @Inject NomicsCatalog catalog;
    @Inject NomicsTrades trades;
    @Inject NomicsCandles candles;
    @Inject CapabilityRegistry caps;

    @Test
    void operatorEndpointsNeedTheOperatorKey() {
        assertExchangeOperatorEndpoints();
    }

    @Test
    void catalogClockCandlesAndCursor() {
        assertEquals("BTC-USDT", catalog.instruments().get(0).symbol());
        // the JDK stand-in always writes its own Date header: the source's clock is now
        assertTrue(Math.abs(catalog.serverTime() - System.currentTimeMillis()) < 5_000, "from the Date header");
        var bars = candles.klines("BTCUSDT", "BTC-USDT", NOON, NOON + 120_000);
        assertEquals(BarStatus.FILLED, bars.get(0).status());
        assertTrue(StandInResource.requests(NomicsStandIn.class).stream().anyMatch(r -> r.contains("exchange=binance&market=BTCUSDT"
                + "&interval=1m&start=2024-03-01T12:00:00Z&end=2024-03-01T12:02:00Z")), StandInResource.requests(NomicsStandIn.class).toString());
        assertInstanceOf(TradeHistory.BySequence.class, caps.trades().orElseThrow());
        assertEquals(2, trades.tradesFromSeq("BTCUSDT", 2, 100).size(), "since = the last id seen");
        assertEquals(2, trades.tradesFromTime("BTCUSDT", NOON + 20_000, 100).size());
    }

    @Test
    void rateLimitAndNoKeyInMessages() {
        ExchangeHttpException busy = AdapterAssertions.rateLimited(() -> trades.tradesFromSeq("BUSY", 1, 10),
                Duration.ofSeconds(3));
        assertFalse(busy.getMessage().contains("test-secret-key"));
    }

    @Test
    void csvTradesImportBecomesExactBars() {
        String csv = "id,timestamp,price,amount,side\n1,2024-03-01T12:00:10Z,100,1,buy\n"
                + "2,2024-03-01T12:00:40Z,110,2,sell\n3,2024-03-01T12:02:30Z,105,1,buy\n";
        asOperator().contentType("text/csv").body(csv).queryParam("symbol", "BTC-USDT")
                .post("/api/v1/import").then().statusCode(200)
                .body("kind", equalTo("trades")).body("rows", equalTo(3)).body("bars", equalTo(3))
                .body("source", equalTo("IMPORT")).body("market", equalTo("BTCUSDT"));
    }

    @Test
    void importNeedsTheOperatorKey() {
        assertOperatorOnly("POST", "/api/v1/import?symbol=btc", "text/csv", "x").then().statusCode(400);
    }

    @Test
    void importProblems() {
        asOperator().contentType("text/csv").body("a,b\n1,2\n").queryParam("symbol", "BTC-USDT")
                .post("/api/v1/import").then().statusCode(400).body("detail", containsString("neither the candle columns"));
        asOperator().contentType("text/csv").body("x").queryParam("symbol", "btc")
                .post("/api/v1/import").then().statusCode(400).body("detail", containsString("symbol"));
        asOperator().queryParam("symbol", "BTC-USDT").queryParam("path", "/etc/passwd").contentType("text/csv").body("")
                .post("/api/v1/import").then().statusCode(400).body("detail", containsString("'path' is off"));
        String header = "id,timestamp,price,amount\n";
        asOperator().contentType("text/csv").body(header + "1,2999-01-01T00:00:00Z,1,1\n").queryParam("symbol", "BTC-USDT")
                .post("/api/v1/import").then().statusCode(400).body("detail", containsString("not closed"));
        asOperator().contentType("text/csv").body(header + "1,2024-03-01T00:00:00Z,1,1\n").queryParam("symbol", "BTC-USDT")
                .queryParam("start", "2000-01-01T00:00:00Z").queryParam("end", "2024-03-01T00:00:00Z")
                .post("/api/v1/import").then().statusCode(400).body("detail", containsString("31 days"));
        asOperator().contentType("text/csv").body(header + "1,2024-03-01T00:00:00Z,private-words,1\n")
                .queryParam("symbol", "BTC-USDT").post("/api/v1/import").then().statusCode(400)
                .body("detail", containsString("line 2")).body(not(containsString("private-words")));
        asOperator().contentType("text/csv").body(header + "1,2024-03-01T00:00:00Z,1,1\n".repeat(200))
                .queryParam("symbol", "BTC-USDT").post("/api/v1/import").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("minutebars.import.max-bytes"));
    }
}
