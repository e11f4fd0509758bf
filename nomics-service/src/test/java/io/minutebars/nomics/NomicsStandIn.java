package io.minutebars.nomics;

import io.minutebars.core.testing.StandInServer.Reply;
import io.minutebars.core.testing.StandInResource;
import java.util.Map;

/**
 * A Nomics-compatible source in the documented shapes (no payload was ever recorded). It wants the key
 * "test-secret-key"; market BUSY answers 429. Trades: ids 1..3 at 12:00:10, 12:00:40 and 12:01:30.
 */
public class NomicsStandIn extends StandInResource {

    public NomicsStandIn() {
        super("/v1/");
    }

    @Override
    protected Reply answer(String path, String query) {
        if (!query.contains("key=test-secret-key")) {
            return new Reply(401, "{\"error\":\"missing API key\"}", Map.of());
        }
        if (query.contains("market=BUSY")) {
            return new Reply(429, "{\"error\":\"rate limited\"}", Map.of("Retry-After", "3"));
        }
        if (path.endsWith("/currencies/ticker")) {
            return Reply.json("[{\"id\":\"BTC\",\"currency\":\"BTC\",\"symbol\":\"BTC\",\"name\":\"Bitcoin\","
                    + "\"status\":\"active\",\"price\":\"61000.5\",\"price_timestamp\":\"2024-03-01T12:00:00Z\"}]");
        }
        if (path.endsWith("/exchange-candles")) {
            return Reply.json("[{\"timestamp\":\"2024-03-01T12:00:00Z\",\"open\":\"100\",\"high\":\"110\","
                    + "\"low\":\"90\",\"close\":\"105\",\"volume\":\"3\"}]");
        }
        String all = "{\"id\":\"1\",\"timestamp\":\"2024-03-01T12:00:10Z\",\"price\":\"100\",\"amount\":\"1\","
                + "\"side\":\"buy\"}|{\"id\":\"2\",\"timestamp\":\"2024-03-01T12:00:40Z\",\"price\":\"110\","
                + "\"amount\":\"2\",\"side\":\"sell\"}|{\"id\":\"3\",\"timestamp\":\"2024-03-01T12:01:30Z\","
                + "\"price\":\"105\",\"amount\":\"1\",\"side\":\"buy\"}";
        String[] rows = all.split("\\|");
        int since = query.contains("since=") ? Integer.parseInt(query.replaceAll(".*since=(\\d+).*", "$1")) : 0;
        return Reply.json("[" + String.join(",", java.util.Arrays.copyOfRange(rows, Math.min(since, 3), 3)) + "]");
    }
}
