package io.minutebars.bybit;

import io.minutebars.core.testing.StandInServer.Reply;
import io.minutebars.core.testing.StandInResource;
import java.util.Map;

/** Bybit's v5 market endpoints answered from the recorded fixtures; symbol FORBIDDEN answers HTTP 403. */
public class BybitStandIn extends StandInResource {
    private static final String UNSUPPORTED = "bybit/rest/error_10001_not_supported_symbols.json";
    private static final Map<String, String> ROUTES = Map.of(
            "/v5/market/instruments-info", "bybit/rest/docs_instruments_info_spot.json",
            "/v5/market/recent-trade", "bybit/rest/docs_recent_trade_0.json",
            "/v5/market/kline", "bybit/rest/nautilus_http_get_klines_linear.json");

    public BybitStandIn() {
        super("/v5/market/");
    }

    @Override
    protected Reply answer(String path, String query) {
        if (query.contains("symbol=FORBIDDEN")) {
            return new Reply(403, "access too frequent", Map.of());
        }
        if (query.contains("symbol=NOPE")) {
            return Reply.fixture(UNSUPPORTED);
        }
        if (path.endsWith("/time")) {
            return Reply.json("{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"timeSecond\":\"1688639403\"},"
                    + "\"time\":1688639403423}");
        }
        return Reply.fixture(ROUTES.getOrDefault(path, UNSUPPORTED));
    }
}
