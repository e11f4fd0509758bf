package io.minutebars.bitmex;

import io.minutebars.core.testing.Fixtures;
import io.minutebars.core.testing.StandInServer.Reply;
import io.minutebars.core.testing.StandInResource;
import java.util.Map;

/**
 * BitMEX's REST answered from the recorded fixtures. Symbol BUSY answers 429 with Retry-After, BAD the
 * recorded error body with 400; a {@code start} offset pages the one-millisecond burst of SAMEMS.
 */
public class BitmexStandIn extends StandInResource {

    public BitmexStandIn() {
        super("/api/v1");
    }

    @Override
    protected Reply answer(String path, String query) {
        if (path.equals("/api/v1") || path.equals("/api/v1/")) {
            return Reply.json("{\"name\":\"BitMEX API\",\"version\":\"1.2.0\",\"timestamp\":1626993367388}");
        }
        if (path.endsWith("/instrument/active")) {
            return Reply.fixture("bitmex/rest/instrument_active_2021-07-22_trimmed.json");
        }
        if (query.contains("symbol=BUSY")) {
            return new Reply(429, "{\"error\":{\"message\":\"Rate limit exceeded, retry in 1 seconds.\","
                    + "\"name\":\"RateLimitError\"}}", Map.of("Retry-After", "1"));
        }
        if (query.contains("symbol=BAD")) {
            return new Reply(400, Fixtures.read("bitmex/rest/nautilus_http_error_response.json"), Map.of());
        }
        if (query.contains("symbol=SAMEMS")) {
            return Reply.json(query.contains("start=") ? "[]" : sameMillisecond());
        }
        return Reply.fixture("bitmex/rest/trade_indices_2017_xchange.json");
    }

    /** The recorded XBTUSD rows sharing 00:00:36.806, as a "full" page of count=4. */
    private static String sameMillisecond() {
        try {
            var rows = io.minutebars.model.Json.mapper().readTree(
                    Fixtures.read("bitmex/rest/trade_indices_2017_xchange.json"));
            var page = io.minutebars.model.Json.mapper().createArrayNode();
            rows.forEach(r -> {
                if (r.get("timestamp").asText().endsWith("00:00:36.806Z")) {
                    page.add(r);
                }
            });
            return page.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
