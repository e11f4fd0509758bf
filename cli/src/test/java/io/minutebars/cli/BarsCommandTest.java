package io.minutebars.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.cli.FakeService.Answer;
import io.minutebars.cli.FakeService.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarsCommandTest {
    private static final String BAR = "{\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\",\"interval\":\"1m\","
            + "\"openTime\":\"%s\",\"open\":\"1.5\",\"close\":\"2\",\"status\":\"COMPLETE\",\"revision\":0}";

    @Test
    void followsTwoPagesIntoACsvFile(@TempDir Path dir) throws Exception {
        try (FakeService query = new FakeService()) {
            query.on("GET", "/api/v1/bars",
                    new Answer(200, "{\"bars\":[" + BAR.formatted("2024-01-01T00:00:00Z") + ","
                            + BAR.formatted("2024-01-01T00:01:00Z") + "],\"nextCursor\":\"c+1/=\"}"),
                    new Answer(200, "{\"bars\":[" + BAR.formatted("2024-01-01T00:02:00Z") + "],\"nextCursor\":null}"));
            Path file = dir.resolve("bars.csv");

            Run run = Run.of("bars", "--query-url", query.url(), "--exchange", "binance", "--symbol", "BTC-USDT",
                    "--start", "2024-01-01T00:00:00Z", "--end", "2024-01-01T00:03:00Z", "--page-size", "2",
                    "--output", file.toString());

            assertEquals(0, run.exitCode(), run.err());
            List<String> lines = Files.readAllLines(file);
            assertEquals(4, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("exchange,symbol,nativeSymbol,interval,openTime,"), lines.get(0));
            assertTrue(lines.get(3).startsWith("binance,BTC-USDT,,1m,2024-01-01T00:02:00Z,,1.5,"), lines.get(3));
            assertEquals(2, query.requests.size());
            assertTrue(query.requests.get(0).uri().contains("symbol=BTC-USDT&interval=1m&start=2024-01-01T00%3A00%3A00Z"),
                    query.requests.get(0).uri());
            assertEquals("/api/v1/bars?cursor=c%2B1%2F%3D", query.requests.get(1).uri());
            assertTrue(run.err().contains("exported 3 bars in 2 pages"), run.err());
        }
    }

    @Test
    void writesJsonLinesToStdout() throws Exception {
        try (FakeService query = new FakeService()) {
            query.on("GET", "/api/v1/bars", new Answer(200, "{\"bars\":[" + BAR.formatted("2024-01-01T00:00:00Z") + "]}"));

            Run run = Run.of("bars", "--query-url", query.url(), "--exchange", "binance", "--symbol", "BTC-USDT",
                    "--start", "2024-01-01", "--end", "2024-01-02", "--format", "jsonl");

            assertEquals(0, run.exitCode(), run.err());
            assertEquals(1, run.out().lines().count());
            assertTrue(run.out().startsWith("{\"exchange\":\"binance\""), run.out());
        }
    }
}
