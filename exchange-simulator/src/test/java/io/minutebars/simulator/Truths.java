package io.minutebars.simulator;

import static io.restassured.RestAssured.given;

import io.minutebars.model.Bar;
import io.minutebars.model.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The simulator's ground truth as a test reads it, and the test profile's history window. */
public final class Truths {
    public static final long START = 1_709_294_400_000L; // 2024-03-01T12:00:00Z (%test.simulator.start)
    public static final long ORIGIN = START - 2 * 3_600_000L; // 2 h of history

    private Truths() {
    }

    public static List<Bar> truth(String exchange, String symbol, long from, long to) {
        String body = given().get("/sim/truth?exchange=" + exchange + "&symbol=" + symbol + "&start=" + from + "&end="
                + to).then().statusCode(200).extract().asString();
        return Json.readBars(body.getBytes(StandardCharsets.UTF_8));
    }
}
