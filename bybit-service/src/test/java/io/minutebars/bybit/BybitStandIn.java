package io.minutebars.bybit;

import io.minutebars.core.testing.Fixtures;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Bybit's v5 market endpoints answered from the recorded fixtures; symbol FORBIDDEN answers HTTP 403. */
public class BybitStandIn implements QuarkusTestResourceLifecycleManager {
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static final Map<String, String> ROUTES = Map.of(
            "/v5/market/instruments-info", "bybit/rest/docs_instruments_info_spot.json",
            "/v5/market/recent-trade", "bybit/rest/docs_recent_trade_0.json",
            "/v5/market/kline", "bybit/rest/nautilus_http_get_klines_linear.json");
    private HttpServer http;

    @Override
    public Map<String, String> start() {
        http = bindLoopback();
        http.createContext("/v5/market/", exchange -> {
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            REQUESTS.add(exchange.getRequestURI().getPath() + "?" + query);
            int status = 200;
            String body;
            if (query.contains("symbol=FORBIDDEN")) {
                status = 403;
                body = "access too frequent";
            } else if (query.contains("symbol=NOPE")) {
                body = Fixtures.read("bybit/rest/error_10001_not_supported_symbols.json");
            } else if (exchange.getRequestURI().getPath().endsWith("/time")) {
                body = "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"timeSecond\":\"1688639403\"},\"time\":1688639403423}";
            } else {
                body = Fixtures.read(ROUTES.getOrDefault(exchange.getRequestURI().getPath(),
                        "bybit/rest/error_10001_not_supported_symbols.json"));
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "text/plain");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(bytes);
            }
        });
        http.start();
        return Map.of("minutebars.exchange.rest-url", "http://127.0.0.1:" + http.getAddress().getPort());
    }

    private static HttpServer bindLoopback() {
        try {
            return HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot bind the Bybit stand-in", e);
        }
    }

    @Override
    public void stop() {
        http.stop(0);
    }
}
