package io.minutebars.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.cli.FakeService.Answer;
import io.minutebars.cli.FakeService.Run;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
    @Test
    void aProblemIsOneWithItsDetail() throws Exception {
        try (FakeService binance = new FakeService()) {
            binance.on("GET", "/api/v1/backfill", new Answer(400, "{\"title\":\"Bad Request\",\"status\":400,"
                    + "\"detail\":\"start must be before end\"}"));

            Run run = Run.of("jobs", "--exchange", "binance", "--binance-url", binance.url());

            assertEquals(CliFailure.PROBLEM, run.exitCode());
            assertTrue(run.err().contains("start must be before end"), run.err());
        }
    }

    @Test
    void anUnreachableServiceIsThree() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        Run run = Run.of("dlq", "list", "--aggregator-url", "http://127.0.0.1:" + port);

        assertEquals(CliFailure.UNREACHABLE, run.exitCode());
        assertTrue(run.err().contains("cannot reach http://127.0.0.1:" + port), run.err());
    }

    @Test
    void anAuthFailureIsFour() throws Exception {
        try (FakeService aggregator = new FakeService()) {
            aggregator.on("POST", "/api/v1/dead-letters/replay", new Answer(401, "{\"status\":401,"
                    + "\"detail\":\"this endpoint needs a key\"}"));

            Run run = Run.of("dlq", "replay", "--aggregator-url", aggregator.url());

            assertEquals(CliFailure.AUTH, run.exitCode());
            assertTrue(run.err().contains("this endpoint needs a key (set MINUTEBARS_OPERATOR_KEY)"), run.err());
        }
    }

    @Test
    void aUsageErrorIsTwo() {
        Run run = Run.of("bars", "--exchange", "binance");

        assertEquals(CliFailure.USAGE, run.exitCode());
        assertTrue(run.err().contains("Missing required options"), run.err());
    }

    @Test
    void jobsListsEveryJob() throws Exception {
        try (FakeService nomics = new FakeService()) {
            nomics.on("GET", "/api/v1/backfill", new Answer(200, "[{\"id\":\"a\",\"state\":\"DONE\",\"progress\":1.0},"
                    + "{\"id\":\"b\",\"state\":\"RUNNING\",\"progress\":0.25}]"));

            Run run = Run.of("jobs", "--exchange", "nomics", "--nomics-url", nomics.url());

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(2, run.out().lines().count(), run.out());
            assertTrue(run.out().contains("b RUNNING"), run.out());
            assertTrue(run.out().contains("25.0%"), run.out());
        }
    }
}
