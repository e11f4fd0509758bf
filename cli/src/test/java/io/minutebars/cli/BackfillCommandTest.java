package io.minutebars.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.cli.FakeService.Answer;
import io.minutebars.cli.FakeService.Run;
import io.minutebars.model.Json;
import org.junit.jupiter.api.Test;

class BackfillCommandTest {
    private static final String JOB = "{\"id\":\"j1\",\"symbol\":\"BTC-USDT\",\"start\":\"2024-01-01T00:00:00Z\","
            + "\"end\":\"2024-01-01T01:00:00Z\",\"state\":\"%s\",\"progress\":%s,\"tradesRead\":%d,"
            + "\"barsPublished\":%d,\"error\":%s}";

    @Test
    void followsTheJobUntilDone() throws Exception {
        try (FakeService binance = new FakeService()) {
            binance.on("POST", "/api/v1/backfill", new Answer(202, JOB.formatted("QUEUED", 0.0, 0, 0, null)))
                    .on("GET", "/api/v1/backfill/j1", new Answer(200, JOB.formatted("RUNNING", 0.5, 10, 30, null)),
                            new Answer(200, JOB.formatted("DONE", 1.0, 20, 60, null)));

            Run run = Run.of(name -> "k", "backfill", "--binance-url", binance.url(), "--exchange", "binance",
                    "--symbol", "BTCUSDT", "--start", "2024-01-01T00:00:00Z", "--end", "2024-01-01T01:00:00Z",
                    "--poll", "PT0.01S");

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().startsWith("j1 DONE"), run.out());
            assertTrue(run.out().contains("trades=20 bars=60"), run.out());
            assertTrue(run.err().contains("100.0% DONE"), run.err());
            assertTrue(run.err().contains(" 50.0% RUNNING"), run.err());
            JsonNode body = Json.mapper().readTree(binance.requests.get(0).body());
            assertEquals("BTCUSDT", body.get("symbol").asText());
            assertEquals("2024-01-01T00:00:00Z", body.get("start").asText());
            assertEquals("2024-01-01T01:00:00Z", body.get("end").asText());
            assertEquals("k", binance.requests.get(0).key());
        }
    }

    @Test
    void aFailedJobIsAProblem() throws Exception {
        try (FakeService bybit = new FakeService()) {
            bybit.on("POST", "/api/v1/backfill", new Answer(202, JOB.formatted("FAILED", 0.1, 0, 0, "\"no trades\"")));

            Run run = Run.of("backfill", "--bybit-url", bybit.url(), "--exchange", "bybit", "--symbol", "BTCUSDT",
                    "--start", "2024-01-01T00:00:00Z", "--end", "2024-01-01T01:00:00Z", "--detach");

            assertEquals(CliFailure.PROBLEM, run.exitCode());
            assertTrue(run.err().contains("backfill failed: no trades"), run.err());
        }
    }
}
