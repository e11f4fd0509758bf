package io.minutebars.service.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The keys every service's test profile configures, and the check each operator endpoint must pass: no key
 * and a wrong key get a 401 problem, a read key a 403 problem, the operator key gets through.
 */
public final class OperatorAccess {
    public static final String OPERATOR_KEY = "test-operator-key-0123456789";
    public static final String READ_KEY = "test-read-key-0123456789";

    private OperatorAccess() {
    }

    /**
     * The operator endpoints every exchange service has (exchange-core's): backfill (an empty body, refused as
     * 400 once the key passed) and reconnect.
     */
    public static void assertExchangeOperatorEndpoints() {
        assertOperatorOnly("POST", "/api/v1/backfill", "application/json", "{}").then().statusCode(400);
        assertOperatorOnly("POST", "/api/v1/streams/reconnect", null, null).then().statusCode(200);
        given().get("/api/v1/streams").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(404);
    }

    /** A request carrying the operator key. */
    public static RequestSpecification asOperator() {
        return given().header("X-API-Key", OPERATOR_KEY);
    }

    /** Asserts the refusals and returns the answer to the operator key (as a bearer token). */
    public static Response assertOperatorOnly(String method, String path, String contentType, String body) {
        refused(given(), method, path, contentType, body, 401);
        refused(given().header("X-API-Key", OPERATOR_KEY + "x"), method, path, contentType, body, 401);
        refused(given().header("Authorization", "Bearer wrong-key-0123456789"), method, path, contentType, body, 401);
        refused(given().header("X-API-Key", READ_KEY), method, path, contentType, body, 403);
        Response ok = send(given().header("Authorization", "Bearer " + OPERATOR_KEY), method, path, contentType, body);
        ok.then().statusCode(not(401)).statusCode(not(403));
        return ok;
    }

    private static void refused(RequestSpecification spec, String method, String path, String contentType, String body,
            int status) {
        send(spec, method, path, contentType, body).then().statusCode(status)
                .contentType("application/problem+json").body("status", equalTo(status))
                .body(not(containsString(OPERATOR_KEY)));
    }

    private static Response send(RequestSpecification spec, String method, String path, String contentType,
            String body) {
        if (body != null) {
            spec = spec.contentType(contentType).body(body);
        }
        return spec.request(method, path);
    }
}
