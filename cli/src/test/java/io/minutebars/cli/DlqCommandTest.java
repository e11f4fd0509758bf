package io.minutebars.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.cli.FakeService.Answer;
import io.minutebars.cli.FakeService.Run;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DlqCommandTest {
    @Test
    void replaySendsTheOperatorKeyFromTheEnvironment() throws Exception {
        try (FakeService aggregator = new FakeService()) {
            aggregator.on("POST", "/api/v1/dead-letters/replay", new Answer(200, "{\"replayed\":3,\"queues\":[{\"name\":"
                    + "\"bars\",\"queue\":\"market.bars.dlq\",\"replayed\":3,\"skipped\":0,\"stoppedBecause\":null}]}"));
            Map<String, String> env = Map.of(MinutebarsCommand.KEY_ENV, "secret-key");

            Run run = Run.of(env::get, "dlq", "replay", "--aggregator-url", aggregator.url(), "--queue", "bars",
                    "--limit", "5");

            assertEquals(0, run.exitCode(), run.err());
            assertEquals("secret-key", aggregator.requests.get(0).key());
            assertEquals("/api/v1/dead-letters/replay?queue=bars&limit=5", aggregator.requests.get(0).uri());
            assertTrue(run.out().contains("bars: replayed 3, skipped 0"), run.out());
            assertTrue(run.out().endsWith("replayed 3" + System.lineSeparator()), run.out());
        }
    }

    @Test
    void listShowsEachQueueAndItsReasons() throws Exception {
        try (FakeService aggregator = new FakeService()) {
            aggregator.on("GET", "/api/v1/dead-letters", new Answer(200, "{\"queues\":[{\"name\":\"events\","
                    + "\"queue\":\"market.events.dlq\",\"messages\":2,\"reasons\":[\"malformed event\"]}]}"));

            Run run = Run.of("dlq", "list", "--aggregator-url", aggregator.url());

            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("events (market.events.dlq): 2 messages"), run.out());
            assertTrue(run.out().contains("  malformed event"), run.out());
        }
    }
}
