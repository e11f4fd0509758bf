package io.minutebars.query.resource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.query.limits.ExpensiveRequests;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.query.support.LimitsProfile;
import io.minutebars.query.support.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The limits of the public API: the optional read key, per-client rate limits and the cap on statistics requests. */
@QuarkusTest
@TestProfile(LimitsProfile.class)
@QuarkusTestResource(MongoTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the anonymous bucket is emptied last
class LimitsApiTest {
    static final String PROBLEM = "application/problem+json";

    @Inject
    ExpensiveRequests expensive;

    @Test
    @Order(1)
    void withReadKeysConfiguredTheApiNeedsOne() {
        given().get("/api/v1/markets").then().statusCode(401).contentType(startsWith(PROBLEM))
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
        given().header("X-API-Key", "not-a-key-of-this-service-0123").get("/api/v1/markets").then().statusCode(401)
                .contentType(startsWith(PROBLEM)).body("detail", containsString("not valid"));
        given().header("Authorization", "Bearer " + LimitsProfile.READER.substring(1)).get("/api/v1/markets").then()
                .statusCode(401);
        given().header("X-API-Key", LimitsProfile.READER).get("/api/v1/markets").then().statusCode(200)
                .header("RateLimit-Limit", "5").header("RateLimit-Remaining", "4")
                .header("RateLimit-Reset", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", "Bearer " + LimitsProfile.OPERATOR).get("/api/v1/markets").then()
                .statusCode(200);
    }

    @Test
    @Order(2)
    void healthAndTheApiDocumentStayOpenAndUnlimited() {
        for (int i = 0; i < LimitsProfile.BURST + 2; i++) {
            given().get("/q/health").then().statusCode(200).header("RateLimit-Limit", nullValue());
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    @Order(3)
    void aKeyHolderIsLimitedByItsKeyNotItsAddress() {
        for (int i = 0; i < LimitsProfile.BURST; i++) {
            given().header("X-API-Key", LimitsProfile.LIMITED).get("/api/v1/markets").then().statusCode(200);
        }
        Response refused = given().header("X-API-Key", LimitsProfile.LIMITED).get("/api/v1/markets");
        refused.then().statusCode(429).contentType(startsWith(PROBLEM))
                .body("type", equalTo("https://minutebars.io/problems/rate-limited")).body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/markets")).body("detail", containsString("5 requests"))
                .header("RateLimit-Limit", "5").header("RateLimit-Remaining", "0");
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, refused.header("Retry-After"));
        assertTrue(Integer.parseInt(refused.header("RateLimit-Reset")) >= 1, refused.header("RateLimit-Reset"));
        given().header("X-API-Key", LimitsProfile.READER).get("/api/v1/markets").then().statusCode(200);
    }

    @Test
    @Order(4)
    void statisticsBeyondTheConcurrencyCapAre503sWithRetryAfter() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<jakarta.ws.rs.core.Response> slow = CompletableFuture.supplyAsync(() -> expensive.run(() -> {
            holding.countDown();
            await(release);
            return jakarta.ws.rs.core.Response.ok().build();
        }));
        try {
            assertTrue(holding.await(5, TimeUnit.SECONDS));
            given().header("X-API-Key", LimitsProfile.READER).queryParam("exchange", "binance")
                    .queryParam("symbol", "BTC-USDT").get("/api/v1/stats").then().statusCode(503)
                    .contentType(startsWith(PROBLEM)).header("Retry-After", "1")
                    .body("type", equalTo("https://minutebars.io/problems/too-busy"));
            QueryProblemException busy = assertThrows(QueryProblemException.class,
                    () -> expensive.run(() -> jakarta.ws.rs.core.Response.ok().build()));
            assertEquals(503, busy.status());
        } finally {
            release.countDown();
        }
        assertEquals(200, slow.get(5, TimeUnit.SECONDS).getStatus());
        given().header("X-API-Key", LimitsProfile.READER).queryParam("exchange", "binance")
                .queryParam("symbol", "BTC-USDT").get("/api/v1/stats").then().statusCode(404);
    }

    @Test
    @Order(5)
    void aClientWithoutKeyIsLimitedByItsAddressBeforeAnyKeyCheck() {
        int status = 0;
        for (int i = 0; i <= LimitsProfile.BURST + 1 && status != 429; i++) {
            status = given().get("/api/v1/bars").statusCode();
        }
        assertEquals(429, status, "the address's bucket ran dry");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
