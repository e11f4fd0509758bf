package io.minutebars.simulator;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The simulated clock as the stream tests drive it: stream a while, pause, resume. */
public final class SimControl {
    private SimControl() {
    }

    /** Data frames until the connection has carried trades over {@code wallMs}, then the clock is paused. */
    public static List<JsonNode> collectThenPause(WsClient client, String dataMarker, long wallMs) throws Exception {
        List<JsonNode> data = new ArrayList<>();
        long deadline = System.currentTimeMillis() + wallMs;
        while (System.currentTimeMillis() < deadline) {
            String f = client.frames.poll(100, TimeUnit.MILLISECONDS);
            if (f != null && f.contains(dataMarker)) {
                data.add(RestBars.json(f));
            }
        }
        given().post("/sim/clock?speed=0").then().statusCode(200);
        Thread.sleep(300); // the emitter flushes every trade up to the paused simNow
        for (String f : client.take(100_000, 200)) {
            if (f.contains(dataMarker)) {
                data.add(RestBars.json(f));
            }
        }
        return data;
    }

    public static long simNow() {
        return given().get("/sim/clock").then().statusCode(200).extract().jsonPath().getLong("simNow");
    }

    public static void resume() {
        given().post("/sim/clock?speed=60").then().statusCode(200);
    }
}
